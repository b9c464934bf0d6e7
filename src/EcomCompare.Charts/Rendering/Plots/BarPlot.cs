using EcomCompare.Charts.Svg;

namespace EcomCompare.Charts.Rendering.Plots;

/// <summary>
/// Bars: stacked (several segments per bar), grouped (several slots per band), or both. Segment labels are drawn
/// inside a segment when they fit it; end labels past the bar's end when they fit the plot, else inside.
/// </summary>
internal sealed class BarPlot(IReadOnlyList<BarSeries> series, IReadOnlyList<Bar> bars, int slots) : IPlot
{
    private const double SlotFill = 0.88; // a hair of space between grouped bars

    public IEnumerable<LegendItem> LegendItems => series.Select(s => new LegendItem(s.Label, s.Color, LegendSymbol.Box));

    public AxisLimits GetAxisLimits() =>
        bars.Count == 0 ? AxisLimits.None : AxisLimits.Of(bars.Select(b => b.Segments.Sum(s => Math.Max(0, s.Value))).Append(0));

    public double ReserveAfterEnd(Orientation orientation, double labelSize)
    {
        var labels = bars.Where(b => b.EndLabel is not null).Select(b => b.EndLabel!).ToList();
        if (labels.Count == 0)
        {
            return 0;
        }

        return orientation == Orientation.Horizontal
            ? labels.Max(l => Text.TextMeasure.Width(l, labelSize)) + 8
            : labelSize + 6;
    }

    public void Render(PlotContext context)
    {
        var svg = context.Svg;
        var slotSize = context.Bands.Bandwidth / Math.Max(1, slots);
        var thickness = slots > 1 ? slotSize * SlotFill : slotSize;

        // First every bar, each an obstacle for the labels outside bars; then the labels.
        var drawn = new List<(Bar Bar, double From, double To, double End, List<(Box Box, BarSegment Segment)> Segments)>();
        svg.Group("bars");
        foreach (var bar in bars)
        {
            var from = context.Bands.Start(bar.Band) + (bar.Slot * slotSize) + ((slotSize - thickness) / 2);
            var to = from + thickness;
            double start = 0;
            var stacked = bar.Segments.Count(s => s.Value > 0) > 1;
            var segments = new List<(Box, BarSegment)>();
            foreach (var segment in bar.Segments.Where(s => s.Value > 0))
            {
                var box = context.Bar(from, to, start, start + segment.Value);
                start += segment.Value;
                // A white seam between stacked segments separates colours for every kind of colour vision.
                svg.Rect(box, series[segment.Series].Color, stacked ? "#FFFFFF" : null, 1);
                context.Labels.Reserve(box);
                segments.Add((box, segment));
            }

            drawn.Add((bar, from, to, start, segments));
        }

        svg.EndGroup();

        var labels = new List<(string Text, double X, double Y, string Fill, TextAnchor Anchor)>();
        foreach (var (bar, from, to, end, segments) in drawn)
        {
            foreach (var (box, segment) in segments)
            {
                if (segment.Label is not { } text)
                {
                    continue;
                }

                var width = Text.TextMeasure.Width(text, context.LabelSize);
                if (width + 6 <= box.Width && context.LabelSize + 3 <= box.Height)
                {
                    var baseline = box.CenterY + (context.LabelSize * Text.TextMeasure.HalfCapHeight);
                    if (context.Labels.TryTakeInside(LabelPlacer.BoxOf(text, box.CenterX, baseline, context.LabelSize, TextAnchor.Middle)))
                    {
                        labels.Add((text, box.CenterX, baseline, Contrast.TextOn(series[segment.Series].Color), TextAnchor.Middle));
                    }
                }
            }

            if (bar.EndLabel is { } endLabel)
            {
                var last = segments.Count == 0 ? ((Box Box, BarSegment Segment)?)null : segments[^1];
                PlaceEndLabel(context, labels, endLabel, from, to, end, last?.Box, last is { } l ? series[l.Segment.Series].Color : null);
            }
        }

        if (labels.Count > 0)
        {
            svg.Group("value-labels");
            foreach (var (text, x, y, fill, anchor) in labels)
            {
                svg.Text(x, y, text, context.LabelSize, fill, anchor);
            }

            svg.EndGroup();
        }
    }

    private static void PlaceEndLabel(PlotContext context, List<(string, double, double, string, TextAnchor)> labels, string text, double from, double to, double end, Box? last, string? lastColor)
    {
        var size = context.LabelSize;
        var (x, y) = context.Point((from + to) / 2, end);
        if (context.Orientation == Orientation.Horizontal)
        {
            var baseline = y + (size * Text.TextMeasure.HalfCapHeight);
            if (context.Labels.TryTake(LabelPlacer.BoxOf(text, x + 4, baseline, size, TextAnchor.Start)))
            {
                labels.Add((text, x + 4, baseline, ChartPalette.Ink, TextAnchor.Start));
            }
            else if (last is { } box && lastColor is not null && Text.TextMeasure.Width(text, size) + 8 <= box.Width && size + 3 <= box.Height
                     && context.Labels.TryTakeInside(LabelPlacer.BoxOf(text, x - 4, baseline, size, TextAnchor.End)))
            {
                labels.Add((text, x - 4, baseline, Contrast.TextOn(lastColor), TextAnchor.End));
            }
        }
        else
        {
            var baseline = y - 4;
            if (context.Labels.TryTake(LabelPlacer.BoxOf(text, x, baseline, size, TextAnchor.Middle)))
            {
                labels.Add((text, x, baseline, ChartPalette.Ink, TextAnchor.Middle));
            }
        }
    }
}
