namespace EcomCompare.Charts.Rendering;

/// <summary>
/// A chart ready to draw: words (already in the chart's language), the band axis, the value axis and the layers.
/// Built by a chart definition from a cube query's result; drawn by <see cref="ChartPlotter"/> with ScottPlot.
/// </summary>
internal sealed class ChartFigure
{
    /// <summary>The title drawn at the top; null or empty draws none.</summary>
    public string? Title { get; init; }

    /// <summary>The picture's accessible name (the SVG's <c>&lt;title&gt;</c>), also when no title is drawn.</summary>
    public required string Name { get; init; }

    /// <summary>A second line under the title: period, unit, what the slice keeps.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The source footnote: the decisions the data comes from.</summary>
    public required string Footnote { get; init; }

    /// <summary>A plain-text description of what the chart shows (the SVG's <c>&lt;desc&gt;</c>).</summary>
    public string? Description { get; init; }

    public Orientation Orientation { get; init; }

    /// <summary>Band labels, in drawing order (left to right, or top to bottom).</summary>
    public required IReadOnlyList<string> Bands { get; init; }

    /// <summary>
    /// Groups of consecutive bands (small multiples: a year's provinces, a province's years), labelled on a second,
    /// outer band axis and set apart by a gap; null when the bands are not grouped.
    /// </summary>
    public IReadOnlyList<BandGroup>? Groups { get; init; }

    /// <summary>Column labels of a heatmap (drawn above it); null for other charts.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>The value axis; null for heatmaps.</summary>
    public ValueAxis? ValueAxis { get; init; }

    public required IReadOnlyList<IChartLayer> Layers { get; init; }

    /// <summary>When set, the plot area shows this message instead of axes (nothing in the slice).</summary>
    public string? EmptyMessage { get; init; }
}

/// <summary><paramref name="Count"/> consecutive bands under one outer label.</summary>
internal sealed record BandGroup(string Label, int Count);

/// <summary>Bars run along the band axis (<see cref="Vertical"/>: columns) or across it (<see cref="Horizontal"/>: bars).</summary>
internal enum Orientation
{
    /// <summary>Bands along the x axis, values up the y axis (columns, lines over years).</summary>
    Vertical,

    /// <summary>Bands down the y axis (first at the top), values along the x axis.</summary>
    Horizontal,
}

/// <summary>The value axis: its title (with the unit), how ticks read, and fixed limits where the measure has them.</summary>
/// <param name="Title">E.g. "Triệu đồng" or "Tỷ trọng (%)".</param>
/// <param name="TickFormat">Tick label of a value.</param>
/// <param name="Min">Fixed lower limit, or null to fit the data (zero is always included).</param>
/// <param name="Max">Fixed upper limit (1 for shares), or null to fit the data.</param>
internal sealed record ValueAxis(string Title, Func<double, string> TickFormat, double? Min = null, double? Max = null);
