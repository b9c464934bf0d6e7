namespace EcomCompare.Charts.Rendering;

/// <summary>
/// One kind of chart (after ScottPlot's plottables): it says what value range it needs and what its legend
/// shows, and draws itself into the plot area it is given. The <see cref="ChartRenderer"/> composes the rest.
/// </summary>
internal interface IPlot
{
    /// <summary>The values the value axis must show.</summary>
    AxisLimits GetAxisLimits();

    /// <summary>The plot's legend entries, in order.</summary>
    IEnumerable<LegendItem> LegendItems { get; }

    /// <summary>Pixels to keep free beyond the largest value (for labels past the end of a bar).</summary>
    double ReserveAfterEnd(Orientation orientation, double labelSize) => 0;

    /// <summary>Draws the plot.</summary>
    void Render(PlotContext context);
}
