namespace EcomCompare.Dashboard.Charts.Geometry;

/// <summary>Axis ticks at round numbers: 0, 1.000, 2.000 … rather than 0, 1.372, 2.744.</summary>
public static class NiceTicks
{
    /// <summary>
    /// Ticks from 0 to a round number at or above <paramref name="max"/>, about <paramref name="count"/> steps of
    /// 1, 2, 2.5 or 5 × 10ⁿ. A non-positive or non-finite <paramref name="max"/> gives <c>[0, 1]</c>.
    /// </summary>
    /// <example><c>For(6860, 5)</c> → 0, 2000, 4000, 6000, 8000.</example>
    public static IReadOnlyList<double> For(double max, int count = 5)
    {
        if (!double.IsFinite(max) || max <= 0)
        {
            return [0, 1];
        }

        var raw = max / Math.Max(1, count);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var ticks = new List<double>();
        for (var i = 0; ; i++)
        {
            var tick = Math.Round(i * step, 10);
            ticks.Add(tick);
            if (tick >= max - (step * 1e-9))
            {
                break;
            }
        }

        return ticks;
    }
}
