using EcomCompare.Views.Palette;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// Turns a <see cref="ChartFigure"/> into a ScottPlot <see cref="Plot"/> in the house style: title, subtitle and
/// legend on top (<see cref="HeaderPanel"/>), the source footnote below (<see cref="FootnotePanel"/>), the band axis
/// with fitted labels, the value axis with its unit and ticks in the chart's language, light gridlines, the layers,
/// and the value labels that fit (<see cref="ValueLabels"/>). A new plot per render: plots are not shared.
/// </summary>
internal static class ChartPlotter
{
    /// <summary>Changes whenever the drawing changes, so HTTP caches (ETags) do not keep old pictures.</summary>
    public const string Version = "2-scottplot";

    private const float TickSize = 11;
    private const float BandSize = 12;
    private const float AxisTitleSize = 12;
    private const double GroupGap = 0.7;
    private const string Baseline = "#888888";

    public static ChartPicture Build(ChartFigure figure, int width, int height)
    {
        ChartFonts.Load();
        var plot = new Plot();
        try
        {
            plot.Font.Set(ChartFonts.Family);
            plot.FigureBackground.Color = Colors.White;
            plot.DataBackground.Color = Colors.White;
            plot.Axes.Title.IsVisible = false;
            var legend = figure.Layers.SelectMany(l => l.LegendItems).DistinctBy(l => l.Label).OrderBy(l => l.Order).ToList();
            var decorations = Decorations.Plan(figure, legend, width, height);
            plot.Axes.AddPanel(new HeaderPanel(decorations));
            plot.Axes.AddPanel(new FootnotePanel(decorations));
            var labels = new ValueLabels();
            StyleAxes(plot);

            if (figure.EmptyMessage is not null || figure.Bands.Count == 0)
            {
                DrawEmpty(plot, figure.EmptyMessage ?? "—");
            }
            else
            {
                var plotHeight = height - decorations.HeaderHeight - decorations.FooterHeight - 40;
                if (figure.Columns is { } columns)
                {
                    Heatmap(plot, figure, columns, labels, width, plotHeight);
                }
                else
                {
                    Cartesian(plot, figure, labels, width, plotHeight);
                }

                plot.Add.Plottable(labels); // last: on top of everything it labels
            }

            return new ChartPicture(plot, labels, figure, width, height);
        }
        catch
        {
            plot.Dispose();
            throw;
        }
    }

    private static void StyleAxes(Plot plot)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            // The typefaces themselves, not a family name for ScottPlot to resolve: the same glyphs on every machine.
            axis.Label.Font = ChartFonts.Regular;
            axis.Label.FontSize = AxisTitleSize;
            axis.Label.ForeColor = Color.FromHex(ChartPalette.Ink);
            axis.TickLabelStyle.Font = ChartFonts.Regular;
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = Color.FromHex(ChartPalette.MutedInk);
            axis.MajorTickStyle.Color = Color.FromHex(Baseline);
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Width = 0;
        }

        plot.Grid.MajorLineColor = Color.FromHex(ChartPalette.Grid);
        plot.Grid.MajorLineWidth = 1;
        plot.Grid.MinorLineWidth = 0;
    }

    private static void DrawEmpty(Plot plot, string message)
    {
        plot.HideAxesAndGrid();
        var text = plot.Add.Text(message, 0, 0);
        text.LabelStyle.Font = ChartFonts.Regular;
        text.LabelFontSize = 13;
        text.LabelFontColor = Color.FromHex(ChartPalette.MutedInk);
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
    }

    /// <summary>Band centres along the band axis: one unit apart, a gap between groups, downwards when horizontal.</summary>
    private static List<double> Centers(ChartFigure figure)
    {
        var centers = new List<double>();
        var group = 0;
        var left = figure.Groups is { Count: > 0 } g ? g[0].Count : int.MaxValue;
        for (var i = 0; i < figure.Bands.Count; i++)
        {
            if (left == 0 && figure.Groups is { } groups && group + 1 < groups.Count)
            {
                group++;
                left = groups[group].Count;
            }

            left--;
            var position = i + (group * GroupGap);
            centers.Add(figure.Orientation == Orientation.Horizontal ? -position : position);
        }

        return centers;
    }

    private static void Cartesian(Plot plot, ChartFigure figure, ValueLabels labels, int width, float plotHeight)
    {
        var axis = figure.ValueAxis ?? throw new InvalidOperationException("a chart with bars or lines needs a value axis");
        var vertical = figure.Orientation == Orientation.Vertical;
        var centers = Centers(figure);
        var n = figure.Bands.Count;
        var lines = figure.Layers.OfType<LineLayer>().Any();
        var bandWidth = n > 6 ? 0.78 : 0.7;
        var bandAxis = vertical ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        var valueAxis = vertical ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;

        // The band axis: fitted labels at the band centres, a grey baseline, no gridlines across the bands.
        var inner = width - (2 * Decorations.Margin);
        var bandSpan = centers.Count == 0 ? 1 : Math.Abs(centers[^1] - centers[0]) + 1;
        BandLabels fitted;
        if (vertical)
        {
            fitted = BandLabels.Along(figure.Bands, (inner - 70) / bandSpan * 0.95, bold: false);
        }
        else
        {
            fitted = BandLabels.Across(figure.Bands, plotHeight / bandSpan, inner * 0.38, bold: false);
        }

        bandAxis.SetTicks([.. centers], [.. fitted.Lines]);
        bandAxis.TickLabelStyle.FontSize = fitted.Size;
        bandAxis.TickLabelStyle.ForeColor = Color.FromHex(ChartPalette.Ink);
        bandAxis.MajorTickStyle.Length = 0;
        bandAxis.FrameLineStyle.Width = 1;
        bandAxis.FrameLineStyle.Color = Color.FromHex(Baseline);
        var bandLimits = (Min: centers.Min() - 0.5, Max: centers.Max() + 0.5);
        if (figure.Groups is { Count: > 0 } groups)
        {
            var outer = vertical ? (IAxis)plot.Axes.AddBottomAxis() : plot.Axes.AddLeftAxis();
            StyleGroupAxis(outer, groups, centers);
            SetBandLimits(plot, outer, vertical, bandLimits);
        }

        // The value axis: its unit as the title, ticks in the chart's language, gridlines.
        var range = figure.Layers.Select(l => l.ValueRange).Where(r => r is not null).Select(r => r!.Value).ToList();
        var lo = axis.Min ?? Math.Min(0, range.Count == 0 ? 0 : range.Min(r => r.Min));
        var hi = axis.Max ?? Math.Max(range.Count == 0 ? 0 : range.Max(r => r.Max), lo);
        if (!(hi > lo))
        {
            hi = lo + 1;
        }

        var endLabels = figure.Layers.OfType<BarLayer>().SelectMany(b => b.EndLabels).ToList();
        if (axis.Max is null && vertical && (lines || endLabels.Count > 0))
        {
            hi += (hi - lo) * 0.08; // room for the labels above the highest point
        }
        else if (axis.Max is null && !vertical && endLabels.Count > 0)
        {
            // Room past the longest bar for its total: the widest end label, as a share of the plot's width.
            var plotWidth = inner - fitted.Widest - 30;
            var reserve = endLabels.Max(l => TextMeasure.Width(l, 11)) + 10;
            hi = lo + ((hi - lo) * plotWidth / Math.Max(plotWidth * 0.5, plotWidth - reserve));
        }

        valueAxis.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = axis.TickFormat,
            MinorTickGenerator = new EvenlySpacedMinorTickGenerator(1)
        };
        // The unit runs along the plot: shortened to its length (up the side when vertical, under it when horizontal).
        valueAxis.Label.Text = TextMeasure.Ellipsize(
            axis.Title, AxisTitleSize, false, vertical ? Math.Max(0, plotHeight - 10) : inner - fitted.Widest - 30);
        valueAxis.MajorTickStyle.Length = 0;
        if (vertical)
        {
            plot.Grid.XAxisStyle.IsVisible = false;
            plot.Axes.SetLimits(bandLimits.Min, bandLimits.Max, lo, hi);
        }
        else
        {
            plot.Grid.YAxisStyle.IsVisible = false;
            plot.Axes.SetLimits(lo, hi, bandLimits.Min, bandLimits.Max);
        }

        var context = new LayerContext
        {
            Plot = plot,
            Orientation = figure.Orientation,
            BandCenters = centers,
            BandWidth = bandWidth,
            Labels = labels
        };
        foreach (var layer in figure.Layers)
        {
            layer.AddTo(context);
        }
    }

    private static void StyleGroupAxis(IAxis outer, IReadOnlyList<BandGroup> groups, IReadOnlyList<double> centers)
    {
        var positions = new List<double>();
        var first = 0;
        foreach (var group in groups)
        {
            positions.Add((centers[first] + centers[first + group.Count - 1]) / 2);
            first += group.Count;
        }

        outer.SetTicks([.. positions], [.. groups.Select(g => g.Label)]);
        outer.TickLabelStyle.Font = ChartFonts.Bold;
        outer.TickLabelStyle.FontSize = BandSize;
        outer.TickLabelStyle.ForeColor = Color.FromHex(ChartPalette.Ink);
        outer.MajorTickStyle.Length = 0;
        outer.MinorTickStyle.Length = 0;
        outer.FrameLineStyle.Width = 0;
    }

    private static void SetBandLimits(Plot plot, IAxis axis, bool vertical, (double Min, double Max) limits)
    {
        if (vertical)
        {
            plot.Axes.SetLimitsX(limits.Min, limits.Max, (IXAxis)axis);
        }
        else
        {
            plot.Axes.SetLimitsY(limits.Min, limits.Max, (IYAxis)axis);
        }
    }

    private static void Heatmap(Plot plot, ChartFigure figure, IReadOnlyList<string> columns, ValueLabels labels, int width, float plotHeight)
    {
        var centers = Centers(figure);
        var inner = width - (2 * Decorations.Margin);
        var rows = BandLabels.Across(figure.Bands, plotHeight / Math.Max(1, figure.Bands.Count), inner * 0.38, bold: false);
        var columnLabels = BandLabels.Along(columns, (inner - rows.Widest - 20) / Math.Max(1, columns.Count) * 0.94, bold: true);
        plot.Axes.Left.SetTicks([.. centers], [.. rows.Lines]);
        plot.Axes.Left.TickLabelStyle.FontSize = rows.Size;
        plot.Axes.Left.TickLabelStyle.ForeColor = Color.FromHex(ChartPalette.Ink);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Top.SetTicks([.. Enumerable.Range(0, columns.Count).Select(c => (double)c)], [.. columnLabels.Lines]);
        plot.Axes.Top.TickLabelStyle.FontSize = columnLabels.Size;
        plot.Axes.Top.TickLabelStyle.Font = ChartFonts.Bold;
        plot.Axes.Top.TickLabelStyle.ForeColor = Color.FromHex(ChartPalette.Ink);
        plot.Axes.Top.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Grid.IsVisible = false;
        var x = (Min: -0.5, Max: columns.Count - 0.5);
        var y = (Min: centers.Min() - 0.5, Max: centers.Max() + 0.5);
        plot.Axes.SetLimits(x.Min, x.Max, y.Min, y.Max);
        plot.Axes.SetLimitsX(x.Min, x.Max, plot.Axes.Top);
        var context = new LayerContext
        {
            Plot = plot,
            Orientation = Orientation.Horizontal,
            BandCenters = centers,
            BandWidth = 0.94,
            Labels = labels
        };
        foreach (var layer in figure.Layers)
        {
            layer.AddTo(context);
        }
    }
}
