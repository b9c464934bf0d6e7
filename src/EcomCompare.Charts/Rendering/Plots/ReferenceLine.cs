namespace EcomCompare.Charts.Rendering.Plots;

/// <summary>
/// A dashed grey line across the plot at one value (local = central on the co-financing chart), explained in the
/// legend rather than by a label in the plot, where it would collide with the data.
/// </summary>
internal sealed class ReferenceLine(double value, string label) : IPlot
{
    private const string Color = "#777777";
    private const string Dash = "5 4";

    public IEnumerable<LegendItem> LegendItems => [new LegendItem(label, Color, LegendSymbol.Line, Dash, Order: 1)];

    public AxisLimits GetAxisLimits() => new(value, value);

    public void Render(PlotContext context)
    {
        var svg = context.Svg;
        var area = context.Area;
        svg.Group("reference");
        if (context.Orientation == Orientation.Vertical)
        {
            var y = context.Values!.Map(value);
            svg.Line(area.X, y, area.Right, y, Color, 1.25, Dash);
        }
        else
        {
            var x = context.Values!.Map(value);
            svg.Line(x, area.Y, x, area.Bottom, Color, 1.25, Dash);
        }

        svg.EndGroup();
    }
}
