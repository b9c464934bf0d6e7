using ScottPlot;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// A dashed grey line across the plot at one value (local = central on the co-financing chart), explained in the
/// legend rather than by a label in the plot, where it would collide with the data.
/// </summary>
internal sealed class ReferenceLayer(double value, string label) : IChartLayer
{
    private const string Color = "#777777";

    public IEnumerable<LegendItem> LegendItems => [new LegendItem(label, Color, LegendSymbol.Line, LineDash.Dashed, Order: 1)];

    public (double Min, double Max)? ValueRange => (value, value);

    public void AddTo(LayerContext context)
    {
        ScottPlot.Plottables.AxisLine line = context.Orientation == Orientation.Vertical
            ? context.Plot.Add.HorizontalLine(value)
            : context.Plot.Add.VerticalLine(value);
        line.Color = ScottPlot.Color.FromHex(Color);
        line.LineWidth = 1.25f;
        line.LinePattern = LinePattern.Dashed;
    }
}
