using EcomCompare.Charts.Svg;
using EcomCompare.Charts.Text;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// The facade that composes a chart (after ScottPlot's <c>Plot</c>): title and subtitle, legend, axes with
/// their units, the plots, and the source footnote, laid out top to bottom in the requested size. Every text is
/// measured with <see cref="TextMeasure"/> and wrapped, shortened or left out so that nothing overflows.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>Changes whenever the drawing changes, so HTTP caches (ETags) do not keep old pictures.</summary>
    public const string Version = "1";

    private const double Margin = 14;
    private const double TitleSize = 17;
    private const double SubtitleSize = 12.5;
    private const double LegendSize = 12;
    private const double TickSize = 11;
    private const double BandSize = 12;
    private const double AxisTitleSize = 12;
    private const double FootnoteSize = 10.5;
    private const double LabelSize = 11;
    private const double LegendRowHeight = 18;
    private const double LegendGap = 16;

    public static string Render(ChartFigure figure, int width, int height, ChartLanguage language)
    {
        var svg = new SvgBuilder(width, height, figure.Name).Describe(figure.Name, figure.Description);
        svg.Rect(new Box(0, 0, width, height), "#FFFFFF");
        var inner = Math.Max(1, width - (2 * Margin));

        // Plan first, draw second: at small sizes the decorations give way (in this order) so the plot keeps
        // at least ~45% of the height — footnote to one line, no subtitle, title to one line, fewer legend rows.
        var hasTitle = !string.IsNullOrWhiteSpace(figure.Title);
        var titleLines = hasTitle ? TextMeasure.Wrap(figure.Title!, TitleSize, true, inner, 2) : [];
        var subtitle = string.IsNullOrWhiteSpace(figure.Subtitle) ? null : TextMeasure.Ellipsize(figure.Subtitle, SubtitleSize, false, inner);
        var legendRows = LayoutLegend(figure.Plots.SelectMany(p => p.LegendItems).DistinctBy(l => l.Label).OrderBy(l => l.Order).ToList(), inner);
        var footnote = TextMeasure.Wrap(figure.Footnote, FootnoteSize, false, inner, 3);
        var minimumPlot = Math.Max(60, height * 0.45);
        double Needed() => (2 * Margin) + (titleLines.Count * TitleSize * 1.3) + (subtitle is null ? 0 : SubtitleSize * 1.5)
            + (legendRows.Count == 0 ? 0 : 6 + (legendRows.Count * LegendRowHeight)) + 16 + minimumPlot + (footnote.Count * FootnoteSize * 1.35);
        while (Needed() > height)
        {
            if (footnote.Count > 1)
            {
                footnote = TextMeasure.Wrap(figure.Footnote, FootnoteSize, false, inner, 1);
            }
            else if (subtitle is not null)
            {
                subtitle = null;
            }
            else if (titleLines.Count > 1)
            {
                titleLines = TextMeasure.Wrap(figure.Title!, TitleSize, true, inner, 1);
            }
            else if (legendRows.Count > 1)
            {
                legendRows.RemoveAt(legendRows.Count - 1);
            }
            else
            {
                break;
            }
        }

        var top = Margin;
        if (titleLines.Count > 0)
        {
            svg.Group("title");
            foreach (var line in titleLines)
            {
                svg.Text(Margin, top + TitleSize, line, TitleSize, ChartPalette.Ink, bold: true);
                top += TitleSize * 1.3;
            }

            svg.EndGroup();
        }

        if (subtitle is not null)
        {
            svg.Group("subtitle").Text(Margin, top + SubtitleSize, subtitle, SubtitleSize, ChartPalette.MutedInk).EndGroup();
            top += SubtitleSize * 1.5;
        }

        if (legendRows.Count > 0)
        {
            top = DrawLegend(svg, legendRows, Margin, top + 4) + 2;
        }

        var footTop = height - Margin - (footnote.Count * FootnoteSize * 1.35);
        svg.Group("footnote");
        for (var i = 0; i < footnote.Count; i++)
        {
            svg.Text(Margin, footTop + FootnoteSize + (i * FootnoteSize * 1.35), footnote[i], FootnoteSize, ChartPalette.MutedInk);
        }

        svg.EndGroup();

        var region = new Box(Margin, top + 6, inner, Math.Max(1, footTop - 10 - (top + 6)));
        var numbers = NumberDisplay.For(language);
        if (figure.EmptyMessage is { } empty || figure.Bands.Count == 0)
        {
            var message = TextMeasure.Ellipsize(figure.EmptyMessage ?? "—", 13, false, inner);
            svg.Group("empty").Text(region.CenterX, region.CenterY, message, 13, ChartPalette.MutedInk, TextAnchor.Middle).EndGroup();
        }
        else if (figure.Columns is { } columns)
        {
            RenderHeatmap(svg, figure, columns, region, numbers);
        }
        else
        {
            RenderCartesian(svg, figure, region, numbers);
        }

        return svg.ToString();
    }

    /// <summary>Flows the legend entries into rows that fit the width; entries too long for a row are shortened.</summary>
    private static List<List<(LegendItem Item, string Label, double Width)>> LayoutLegend(IReadOnlyList<LegendItem> items, double width)
    {
        var rows = new List<List<(LegendItem, string, double)>>();
        var x = 0.0;
        foreach (var item in items)
        {
            var swatch = Swatch(item);
            var label = TextMeasure.Ellipsize(item.Label, LegendSize, false, width - swatch - 5);
            var itemWidth = swatch + 5 + TextMeasure.Width(label, LegendSize);
            if (rows.Count == 0 || (x > 0 && x + itemWidth > width))
            {
                rows.Add([]);
                x = 0;
            }

            rows[^1].Add((item, label, itemWidth));
            x += itemWidth + LegendGap;
        }

        return rows;
    }

    private static double Swatch(LegendItem item) => item.Symbol == LegendSymbol.Line ? 24 : 12;

    private static double DrawLegend(SvgBuilder svg, List<List<(LegendItem Item, string Label, double Width)>> rows, double left, double top)
    {
        svg.Group("legend");
        var rowTop = top;
        foreach (var row in rows)
        {
            var x = left;
            var middle = rowTop + 9;
            foreach (var (item, label, itemWidth) in row)
            {
                var swatch = Swatch(item);
                if (item.Symbol == LegendSymbol.Line)
                {
                    svg.Line(x, middle, x + swatch, middle, item.Color, 2.25, item.Dash);
                    Markers.Draw(svg, item.Marker, x + (swatch / 2), middle, 3.5, item.Color);
                }
                else
                {
                    svg.Rect(new Box(x, middle - 6, 12, 12), item.Color);
                }

                svg.Text(x + swatch + 5, middle + (LegendSize * TextMeasure.HalfCapHeight), label, LegendSize, ChartPalette.Ink);
                x += itemWidth + LegendGap;
            }

            rowTop += LegendRowHeight;
        }

        svg.EndGroup();
        return rowTop;
    }

    private static void RenderCartesian(SvgBuilder svg, ChartFigure figure, Box region, NumberDisplay numbers)
    {
        var axis = figure.ValueAxis ?? throw new InvalidOperationException("a chart with bars or lines needs a value axis");
        var limits = figure.Plots.Aggregate(AxisLimits.None, (l, p) => l.Union(p.GetAxisLimits()));
        var lo = axis.Min ?? Math.Min(0, limits.IsEmpty ? 0 : limits.Min);
        var hi = axis.Max ?? Math.Max(limits.IsEmpty ? 0 : limits.Max, lo);
        if (!(hi > lo))
        {
            hi = lo + 1;
        }

        var reserve = figure.Plots.Select(p => p.ReserveAfterEnd(figure.Orientation, LabelSize)).DefaultIfEmpty(0).Max();
        var n = figure.Bands.Count;
        Box area;
        BandScale bands;
        IReadOnlyList<double> ticks;
        BandLabels labels;

        if (figure.Orientation == Orientation.Vertical)
        {
            var titleRoom = AxisTitleSize * 1.6;
            var bottom = (BandSize * 1.25) + 8;
            (area, bands, ticks, labels) = (default, null!, [], null!);
            for (var pass = 0; pass < 2; pass++)
            {
                var plotTop = region.Y + reserve;
                var plotBottom = region.Bottom - bottom;
                ticks = Ticks(lo, hi, plotBottom - plotTop, 45);
                var tickWidth = ticks.Max(t => TextMeasure.Width(axis.TickFormat(t), TickSize));
                var left = region.X + titleRoom + tickWidth + 6;
                var right = region.Right - 6;
                bands = new BandScale(n, left, right, n > 6 ? 0.2 : 0.3);
                labels = BandLabels.Along(figure.Bands, bands.Step * 0.95, false);
                bottom = (labels.Lines.Max(l => l.Count) * labels.Size * 1.25) + 8;
                area = new Box(left, plotTop, right - left, Math.Max(1, region.Bottom - bottom - plotTop));
            }
        }
        else
        {
            var bottom = (TickSize * 1.3) + 6 + (AxisTitleSize * 1.5);
            var height = Math.Max(1, region.Height - bottom);
            var step = new BandScale(n, 0, height, n > 6 ? 0.25 : 0.3).Step;
            labels = BandLabels.Across(figure.Bands, step, region.Width * 0.38, false);
            var left = region.X + labels.Widest + 10;
            var provisional = Ticks(lo, hi, region.Right - left, 90);
            var lastHalf = TextMeasure.Width(axis.TickFormat(provisional[^1]), TickSize) / 2;
            var right = region.Right - Math.Max(reserve, lastHalf) - 4;
            ticks = Ticks(lo, hi, right - left, 90);
            area = new Box(left, region.Y, Math.Max(1, right - left), height);
            bands = new BandScale(n, area.Y, area.Bottom, n > 6 ? 0.25 : 0.3);
        }

        var values = figure.Orientation == Orientation.Vertical
            ? new LinearScale(ticks[0], ticks[^1], area.Bottom, area.Y)
            : new LinearScale(ticks[0], ticks[^1], area.X, area.Right);

        svg.Group("grid");
        foreach (var tick in ticks)
        {
            var p = values.Map(tick);
            var color = tick == 0 ? "#888888" : ChartPalette.Grid;
            if (figure.Orientation == Orientation.Vertical)
            {
                svg.Line(area.X, p, area.Right, p, color);
                svg.Text(area.X - 6, p + (TickSize * TextMeasure.HalfCapHeight), axis.TickFormat(tick), TickSize, ChartPalette.MutedInk, TextAnchor.End);
            }
            else
            {
                svg.Line(p, area.Y, p, area.Bottom, color);
                svg.Text(p, area.Bottom + (TickSize * 1.3), axis.TickFormat(tick), TickSize, ChartPalette.MutedInk, TextAnchor.Middle);
            }
        }

        svg.EndGroup();

        svg.Group("axis-titles");
        if (figure.Orientation == Orientation.Vertical)
        {
            var title = TextMeasure.Ellipsize(axis.Title, AxisTitleSize, false, area.Height + reserve);
            svg.Text(region.X + AxisTitleSize, area.CenterY, title, AxisTitleSize, ChartPalette.Ink, TextAnchor.Middle, rotate: -90);
        }
        else
        {
            var title = TextMeasure.Ellipsize(axis.Title, AxisTitleSize, false, area.Width);
            svg.Text(area.CenterX, area.Bottom + (TickSize * 1.3) + 6 + AxisTitleSize, title, AxisTitleSize, ChartPalette.Ink, TextAnchor.Middle);
        }

        svg.EndGroup();
        DrawBandLabels(svg, figure.Orientation, bands, labels, area);

        var bounds = figure.Orientation == Orientation.Vertical
            ? new Box(area.X - 4, region.Y, area.Width + 10, area.Bottom - region.Y)
            : new Box(area.X, area.Y, region.Right - area.X, area.Height);
        var context = new PlotContext
        {
            Svg = svg,
            Orientation = figure.Orientation,
            Area = area,
            Bands = bands,
            Values = values,
            Labels = new LabelPlacer(bounds),
            Numbers = numbers,
            LabelSize = LabelSize,
        };
        foreach (var plot in figure.Plots)
        {
            plot.Render(context);
        }
    }

    /// <summary>Round ticks, about one per <paramref name="spacing"/> pixels (at least the two ends).</summary>
    private static IReadOnlyList<double> Ticks(double lo, double hi, double length, double spacing) =>
        NiceTicks.For(lo, hi, Math.Max(1, (int)(length / spacing)));

    private static void RenderHeatmap(SvgBuilder svg, ChartFigure figure, IReadOnlyList<string> columns, Box region, NumberDisplay numbers)
    {
        var provisionalHeader = (2 * BandSize * 1.25) + 6;
        var rowStep = new BandScale(figure.Bands.Count, 0, Math.Max(1, region.Height - provisionalHeader), 0.06, 0.03).Step;
        var rowLabels = BandLabels.Across(figure.Bands, rowStep, region.Width * 0.38, false);
        var left = region.X + rowLabels.Widest + 10;
        var provisional = new BandScale(columns.Count, left, region.Right, 0.04, 0.02);
        var columnLabels = BandLabels.Along(columns, provisional.Bandwidth, true);
        var header = (columnLabels.Lines.Max(l => l.Count) * columnLabels.Size * 1.25) + 6;
        var area = new Box(left, region.Y + header, Math.Max(1, region.Right - left), Math.Max(1, region.Height - header));
        var columnBands = new BandScale(columns.Count, area.X, area.Right, 0.04, 0.02);
        var rows = new BandScale(figure.Bands.Count, area.Y, area.Bottom, 0.06, 0.03);

        svg.Group("column-labels");
        for (var c = 0; c < columns.Count; c++)
        {
            for (var i = 0; i < columnLabels.Lines[c].Count; i++)
            {
                svg.Text(columnBands.Center(c), region.Y + columnLabels.Size + (i * columnLabels.Size * 1.25), columnLabels.Lines[c][i], columnLabels.Size, ChartPalette.Ink, TextAnchor.Middle, bold: true);
            }
        }

        svg.EndGroup();
        DrawBandLabels(svg, Orientation.Horizontal, rows, rowLabels, area);
        var context = new PlotContext
        {
            Svg = svg,
            Orientation = Orientation.Horizontal,
            Area = area,
            Bands = rows,
            Columns = columnBands,
            Labels = new LabelPlacer(area),
            Numbers = numbers,
            LabelSize = LabelSize,
        };
        foreach (var plot in figure.Plots)
        {
            plot.Render(context);
        }
    }

    private static void DrawBandLabels(SvgBuilder svg, Orientation orientation, BandScale bands, BandLabels labels, Box area)
    {
        var size = labels.Size;
        svg.Group("band-labels");
        for (var b = 0; b < labels.Lines.Count; b++)
        {
            var lines = labels.Lines[b];
            for (var i = 0; i < lines.Count; i++)
            {
                if (orientation == Orientation.Vertical)
                {
                    svg.Text(bands.Center(b), area.Bottom + 6 + size + (i * size * 1.25), lines[i], size, ChartPalette.Ink, TextAnchor.Middle);
                }
                else
                {
                    var first = bands.Center(b) - ((lines.Count - 1) * size * 1.2 / 2) + (size * TextMeasure.HalfCapHeight);
                    svg.Text(area.X - 8, first + (i * size * 1.2), lines[i], size, ChartPalette.Ink, TextAnchor.End);
                }
            }
        }

        svg.EndGroup();
    }

    /// <summary>Band labels fitted to their bands: a font size (12 px, down to 7 px when bands are narrow) and wrapped lines.</summary>
    private sealed record BandLabels(double Size, IReadOnlyList<IReadOnlyList<string>> Lines)
    {
        public double Widest => Lines.SelectMany(l => l).Select(l => TextMeasure.Width(l, Size)).DefaultIfEmpty(0).Max();

        /// <summary>Labels side by side under (or over) bands <paramref name="width"/> wide: shrink until the longest word fits.</summary>
        public static BandLabels Along(IReadOnlyList<string> labels, double width, bool bold)
        {
            var longestWord = labels.SelectMany(l => l.Split(' ')).Select(w => TextMeasure.Width(w, BandSize, bold)).DefaultIfEmpty(0).Max();
            var size = longestWord > width ? Math.Max(7, BandSize * width / longestWord) : BandSize;
            return new BandLabels(size, labels.Select(l => TextMeasure.Wrap(l, size, bold, width, 2)).ToList());
        }

        /// <summary>Labels stacked beside bands <paramref name="step"/> apart: as many lines (≤ 2) as the step holds.</summary>
        public static BandLabels Across(IReadOnlyList<string> labels, double step, double maxWidth, bool bold)
        {
            var size = Math.Clamp(step / 1.25, 7, BandSize);
            var lines = Math.Clamp((int)(step / (size * 1.2)), 1, 2);
            return new BandLabels(size, labels.Select(l => TextMeasure.Wrap(l, size, bold, maxWidth, lines)).ToList());
        }
    }
}
