using EcomCompare.Views.Palette;
using ScottPlot;

namespace EcomCompare.Charts.Rendering;

/// <summary>A colour of a bar layer and what it means (a funding source, a province).</summary>
internal sealed record BarSeries(string Label, string Color);

/// <summary>One stacked piece of a bar: a value of a series, with its label if it should have one.</summary>
internal sealed record BarSegment(int Series, double Value, string? Label);

/// <summary>
/// One bar: in band <paramref name="Band"/>, slot <paramref name="Slot"/> of the band's slots (grouped bars), its
/// segments stacked from zero, and a label past its end (the total, or "no money").
/// </summary>
internal sealed record Bar(int Band, int Slot, IReadOnlyList<BarSegment> Segments, string? EndLabel = null);

/// <summary>
/// Bars: stacked (several segments per bar), grouped (several slots per band), or both, as one ScottPlot
/// <c>BarPlot</c>. Segment labels go inside their segment when they fit it; end labels past the bar's end when they
/// fit the plot, else inside the last segment.
/// </summary>
internal sealed class BarLayer(IReadOnlyList<BarSeries> series, IReadOnlyList<Bar> bars, int slots) : IChartLayer
{
    private const double SlotFill = 0.88; // a hair of space between grouped bars

    public IEnumerable<LegendItem> LegendItems => series.Select(s => new LegendItem(s.Label, s.Color, LegendSymbol.Box));

    public (double Min, double Max)? ValueRange =>
        bars.Count == 0 ? null : (0, bars.Select(b => b.Segments.Sum(s => Math.Max(0, s.Value))).Append(0).Max());

    /// <summary>True when some bar writes a label past its end (the plot keeps room for it).</summary>
    public IEnumerable<string> EndLabels => bars.Where(b => b.EndLabel is not null).Select(b => b.EndLabel!);

    public void AddTo(LayerContext context)
    {
        var slotSize = context.BandWidth / Math.Max(1, slots);
        var thickness = slots > 1 ? slotSize * SlotFill : slotSize;
        var horizontal = context.Orientation == Orientation.Horizontal;
        var drawn = new List<ScottPlot.Bar>();
        foreach (var bar in bars)
        {
            // Slot 0 first along the band axis: left to right, or top to bottom (bands run downwards when horizontal).
            var offset = ((bar.Slot + 0.5) * slotSize) - (context.BandWidth / 2);
            var position = context.BandCenters[bar.Band] + (horizontal ? -offset : offset);
            var stacked = bar.Segments.Count(s => s.Value > 0) > 1;
            double start = 0;
            (CoordinateRect Rect, string Color)? last = null;
            foreach (var segment in bar.Segments.Where(s => s.Value > 0))
            {
                var color = series[segment.Series].Color;
                drawn.Add(new ScottPlot.Bar
                {
                    Position = position,
                    ValueBase = start,
                    Value = start + segment.Value,
                    Size = thickness,
                    FillColor = Color.FromHex(color),
                    // A white seam between stacked segments separates colours for every kind of colour vision.
                    LineColor = Colors.White,
                    LineWidth = stacked ? 1 : 0,
                    Orientation = horizontal ? ScottPlot.Orientation.Horizontal : ScottPlot.Orientation.Vertical,
                });
                var rect = context.Rect(position - (thickness / 2), position + (thickness / 2), start, start + segment.Value);
                context.Labels.AddObstacle(rect);
                if (segment.Label is { } text)
                {
                    context.Labels.Add(text, [ValueLabels.Inside(rect, color)]);
                }

                start += segment.Value;
                last = (rect, color);
            }

            if (bar.EndLabel is { } endLabel)
            {
                var end = context.Point(position, start);
                var outside = horizontal
                    ? new LabelPlacement(end, 4, 0, LabelAlign.Left, null, ChartPalette.Ink)
                    : new LabelPlacement(end, 0, -4, LabelAlign.Center, null, ChartPalette.Ink, Above: true);
                context.Labels.Add(endLabel, last is { } l && horizontal
                    ? [outside, new LabelPlacement(end, -4, 0, LabelAlign.Right, l.Rect, Contrast.TextOn(l.Color))]
                    : [outside]);
            }
        }

        if (drawn.Count > 0)
        {
            var plot = context.Plot.Add.Bars(drawn);
            plot.Horizontal = horizontal;
        }
    }
}
