using ScottPlot;
using SkiaSharp;

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

    public void AddTo(LayerContext context) => context.Plot.Add.Plottable(new Line(value, context.Orientation));

    /// <summary>
    /// The line, edge to edge of the data area. Not ScottPlot's axis line: its dashes are a Skia path effect, which
    /// the SVG canvas draws solid (and complains about on the console for each one); <see cref="DashedLine"/> cuts
    /// them as geometry, the same on both canvases.
    /// </summary>
    private sealed class Line(double value, Orientation orientation) : IPlottable
    {
        public bool IsVisible { get; set; } = true;

        public IAxes Axes { get; set; } = new ScottPlot.Axes();

        public IEnumerable<ScottPlot.LegendItem> LegendItems => [];

        public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

        public void Render(RenderPack rp)
        {
            if (!Painter.Draws(rp.Canvas))
            {
                return;
            }

            var area = Axes.DataRect;
            using var path = new SKPath();
            if (orientation == Orientation.Vertical)
            {
                var y = Axes.GetPixelY(value);
                path.MoveTo(area.Left, y);
                path.LineTo(area.Right, y);
            }
            else
            {
                var x = Axes.GetPixelX(value);
                path.MoveTo(x, area.Top);
                path.LineTo(x, area.Bottom);
            }

            DashedLine.Stroke(rp.Canvas, path, Color, 1.25f, LineDash.Dashed);
        }
    }
}
