using EcomCompare.Charts.Svg;
using EcomCompare.Charts.Text;

namespace EcomCompare.Charts.Rendering;

/// <summary>What a plot draws with: the markup, the plot area, the scales and the label placer.</summary>
internal sealed class PlotContext
{
    public required SvgBuilder Svg { get; init; }

    public required Orientation Orientation { get; init; }

    /// <summary>The plot area (inside the axes).</summary>
    public required Box Area { get; init; }

    /// <summary>The band (category) axis.</summary>
    public required BandScale Bands { get; init; }

    /// <summary>The value axis; null for heatmaps.</summary>
    public LinearScale? Values { get; init; }

    /// <summary>The second band axis of a heatmap (its columns); null otherwise.</summary>
    public BandScale? Columns { get; init; }

    public required LabelPlacer Labels { get; init; }

    public required NumberDisplay Numbers { get; init; }

    /// <summary>Font size of value labels.</summary>
    public double LabelSize { get; init; } = 11;

    /// <summary>The rectangle of a bar across the band slice [<paramref name="bandFrom"/>, <paramref name="bandTo"/>] from value <paramref name="v0"/> to <paramref name="v1"/>.</summary>
    public Box Bar(double bandFrom, double bandTo, double v0, double v1)
    {
        var values = Values ?? throw new InvalidOperationException("a bar needs a value axis");
        var a = values.Map(v0);
        var b = values.Map(v1);
        return Orientation == Orientation.Vertical
            ? new Box(bandFrom, Math.Min(a, b), bandTo - bandFrom, Math.Abs(b - a))
            : new Box(Math.Min(a, b), bandFrom, Math.Abs(b - a), bandTo - bandFrom);
    }

    /// <summary>The pixel of a value at a position along the band axis.</summary>
    public (double X, double Y) Point(double bandPosition, double value)
    {
        var values = Values ?? throw new InvalidOperationException("a point needs a value axis");
        return Orientation == Orientation.Vertical ? (bandPosition, values.Map(value)) : (values.Map(value), bandPosition);
    }
}
