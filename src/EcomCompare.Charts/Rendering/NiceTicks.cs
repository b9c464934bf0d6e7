namespace EcomCompare.Charts.Rendering;

/// <summary>Round axis ticks (steps of 1, 2, 2.5 or 5 × 10ⁿ) covering a range.</summary>
internal static class NiceTicks
{
    /// <summary>
    /// Ticks covering [<paramref name="min"/>, <paramref name="max"/>] with about <paramref name="target"/> intervals;
    /// the axis then runs from the first tick to the last.
    /// </summary>
    public static IReadOnlyList<double> For(double min, double max, int target)
    {
        target = Math.Max(1, target);
        if (!(max > min))
        {
            max = min + 1;
        }

        var raw = (max - min) / target;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw * 0.999);
        var first = Math.Floor((min / step) + 1e-9) * step;
        var last = Math.Ceiling((max / step) - 1e-9) * step;
        var ticks = new List<double>();
        for (var i = 0; first + (i * step) <= last + (step / 2); i++)
        {
            // Round away binary noise (0.30000000000000004) so labels and coordinates are exact.
            ticks.Add(Math.Round(first + (i * step), 10));
        }

        return ticks;
    }
}
