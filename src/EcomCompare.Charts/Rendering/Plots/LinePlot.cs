using EcomCompare.Charts.Svg;

namespace EcomCompare.Charts.Rendering.Plots;

/// <summary>
/// Lines over the band axis, with markers; point labels above (or else below) their point where they overlap no
/// other label or marker. Series are drawn in order, so earlier series win label space.
/// </summary>
internal sealed class LinePlot(IReadOnlyList<LineSeries> series) : IPlot
{
    private const double MarkerRadius = 3.5;

    public IEnumerable<LegendItem> LegendItems => series.Select(s => new LegendItem(s.Label, s.Color, LegendSymbol.Line, s.Dash, s.Marker));

    public AxisLimits GetAxisLimits() => AxisLimits.Of(series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value));

    public double ReserveAfterEnd(Orientation orientation, double labelSize) => labelSize + 8;

    public void Render(PlotContext context)
    {
        var svg = context.Svg;
        var points = series.Select(s => s.Values.Select((v, i) => v is { } value ? context.Point(context.Bands.Center(i), value) : ((double X, double Y)?)null).ToList()).ToList();

        svg.Group("lines");
        for (var s = 0; s < series.Count; s++)
        {
            var run = new List<(double X, double Y)>();
            foreach (var point in points[s].Append(null))
            {
                if (point is { } p)
                {
                    run.Add(p);
                    continue;
                }

                if (run.Count > 1)
                {
                    svg.Polyline(run, series[s].Color, 2.25, series[s].Dash);
                }

                run.Clear();
            }
        }

        for (var s = 0; s < series.Count; s++)
        {
            foreach (var point in points[s])
            {
                if (point is { } p)
                {
                    Markers.Draw(svg, series[s].Marker, p.X, p.Y, MarkerRadius, series[s].Color);
                    context.Labels.Reserve(new Box(p.X - MarkerRadius, p.Y - MarkerRadius, 2 * MarkerRadius, 2 * MarkerRadius));
                }
            }
        }

        svg.EndGroup();

        var size = context.LabelSize;
        var labels = new List<(string Text, double X, double Y)>();
        for (var s = 0; s < series.Count; s++)
        {
            for (var i = 0; i < points[s].Count; i++)
            {
                if (points[s][i] is not { } p || series[s].PointLabels[i] is not { } text)
                {
                    continue;
                }

                foreach (var baseline in new[] { p.Y - MarkerRadius - 4, p.Y + MarkerRadius + 4 + (size * 0.75) })
                {
                    if (context.Labels.TryTake(LabelPlacer.BoxOf(text, p.X, baseline, size, TextAnchor.Middle)))
                    {
                        labels.Add((text, p.X, baseline));
                        break;
                    }
                }
            }
        }

        if (labels.Count > 0)
        {
            svg.Group("value-labels");
            foreach (var (text, x, y) in labels)
            {
                // Ink rather than the line's colour (the lighter colours would be faint), with a white halo.
                svg.Text(x, y, text, size, ChartPalette.Ink, TextAnchor.Middle, halo: true);
            }

            svg.EndGroup();
        }
    }
}
