using EcomCompare.Views.Palette;
using ScottPlot;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// A line across the bands (years): one value per band, null where there is none (the line breaks there), and
/// the label of each point.
/// </summary>
internal sealed record LineSeries(
    string Label, string Color, LineDash Dash, MarkerShape Marker, IReadOnlyList<double?> Values, IReadOnlyList<string?> PointLabels);

/// <summary>
/// Lines over the band axis with markers, as ScottPlot scatter plots (one per unbroken run). Point labels go above
/// (or else below) their point where they overlap no other label or marker; earlier series win label space.
/// </summary>
internal sealed class LineLayer(IReadOnlyList<LineSeries> series) : IChartLayer
{
    private const float MarkerSize = 8;
    private const float LineWidth = 2.25f;

    public IEnumerable<LegendItem> LegendItems => series.Select(s => new LegendItem(s.Label, s.Color, LegendSymbol.Line, s.Dash, s.Marker));

    public (double Min, double Max)? ValueRange
    {
        get
        {
            var values = series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).ToList();
            return values.Count == 0 ? null : (values.Min(), values.Max());
        }
    }

    public void AddTo(LayerContext context)
    {
        foreach (var line in series)
        {
            var run = new List<Coordinates>();
            foreach (var point in line.Values.Select((v,
                i) => v is { } value ? context.Point(context.BandCenters[i], value) : (Coordinates?)null).Append(null))
            {
                if (point is { } p)
                {
                    run.Add(p);
                    context.Labels.AddObstacle(p, MarkerSize / 2);
                    continue;
                }

                if (run.Count > 0)
                {
                    // The line itself is ours (its dashes drawn as geometry, the same in SVG and PNG), under the
                    // scatter's markers.
                    context.Plot.Add.Plottable(DashedLine.Through(run, line.Color, LineWidth, line.Dash));
                    var scatter = context.Plot.Add.Scatter(run.ToArray());
                    scatter.Color = Color.FromHex(line.Color);
                    scatter.LineWidth = 0;
                    scatter.MarkerShape = Markers.ToScottPlot(line.Marker);
                    scatter.MarkerSize = MarkerSize;
                    scatter.MarkerLineColor = Colors.White;
                    scatter.MarkerLineWidth = 1;
                    run = [];
                }
            }
        }

        foreach (var line in series)
        {
            for (var i = 0; i < line.Values.Count; i++)
            {
                if (line.Values[i] is not { } value || line.PointLabels[i] is not { } text)
                {
                    continue;
                }

                var p = context.Point(context.BandCenters[i], value);
                // Ink rather than the line's colour (the lighter colours would be faint), with a white halo.
                context.Labels.Add(text,
                [
                    new LabelPlacement(p, 0, -(MarkerSize / 2) - 3, LabelAlign.Center, null, ChartPalette.Ink, Above: true, Halo: true),
                    new LabelPlacement(p, 0, (MarkerSize / 2) + 3, LabelAlign.Center, null, ChartPalette.Ink, Below: true, Halo: true),
                ]);
            }
        }
    }
}
