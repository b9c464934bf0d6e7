namespace EcomCompare.Charts.Rendering;

/// <summary>
/// One kind of drawing on a chart (bars, lines, a heatmap, a reference line): plain data built by a chart
/// definition, which adds its ScottPlot plottables and value-label candidates to the plot being built.
/// </summary>
internal interface IChartLayer
{
    IEnumerable<LegendItem> LegendItems { get; }

    /// <summary>The smallest and largest value it draws (null: none), for the value axis.</summary>
    (double Min, double Max)? ValueRange { get; }

    /// <summary>Adds its plottables to <paramref name="context"/>'s plot.</summary>
    void AddTo(LayerContext context);
}
