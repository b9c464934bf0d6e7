namespace EcomCompare.Charts.Rendering;

/// <summary>
/// A chart ready to draw: words (already in the chart's language), the band axis, the value axis and the plots.
/// Built by a chart definition from cube data; drawn by <see cref="ChartRenderer"/>.
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

    /// <summary>Column labels of a heatmap (drawn above it); null for other charts.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>The value axis; null for heatmaps.</summary>
    public ValueAxis? ValueAxis { get; init; }

    public required IReadOnlyList<IPlot> Plots { get; init; }

    /// <summary>When set, the plot area shows this message instead of axes (nothing in the slice).</summary>
    public string? EmptyMessage { get; init; }
}
