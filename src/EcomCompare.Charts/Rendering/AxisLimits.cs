namespace EcomCompare.Charts.Rendering;

/// <summary>The range of values a plot needs on the value axis; <see cref="None"/> when it has no values.</summary>
internal readonly record struct AxisLimits(double Min, double Max)
{
    public static AxisLimits None { get; } = new(double.NaN, double.NaN);

    public bool IsEmpty => double.IsNaN(Min) || double.IsNaN(Max);

    public AxisLimits Union(AxisLimits other) =>
        IsEmpty ? other : other.IsEmpty ? this : new(Math.Min(Min, other.Min), Math.Max(Max, other.Max));

    public static AxisLimits Of(IEnumerable<double> values)
    {
        var limits = None;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                limits = limits.Union(new AxisLimits(v, v));
            }
        }

        return limits;
    }
}
