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

    // Edge to edge of the data area, its dashes cut by DashedLine: ScottPlot's axis line dashes with a Skia path
    // effect, which the SVG canvas draws solid (and complains about on the console for each one).
    public void AddTo(LayerContext context) =>
        context.Plot.Add.Plottable(new DashedLine(axes => Across(axes, context.Orientation), Color, 1.25f, LineDash.Dashed));

    private IReadOnlyList<Pixel> Across(IAxes axes, Orientation orientation)
    {
        var area = axes.DataRect;
        if (orientation == Orientation.Vertical)
        {
            var y = axes.GetPixelY(value);
            return [new Pixel(area.Left, y), new Pixel(area.Right, y)];
        }

        var x = axes.GetPixelX(value);
        return [new Pixel(x, area.Top), new Pixel(x, area.Bottom)];
    }
}
