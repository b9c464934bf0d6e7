namespace EcomCompare.Charts.Rendering;

/// <summary>
/// The texts around the plot, fitted to the picture's width: the title (up to two lines), the subtitle, the legend
/// flowed into rows, the footnote (up to three lines). At small sizes they give way, in this order, so the plot keeps
/// at least ~45% of the height: footnote to one line, no subtitle, title to one line, fewer legend rows.
/// </summary>
internal sealed class Decorations
{
    public const float Margin = 14;
    public const float TitleSize = 17;
    public const float SubtitleSize = 12.5f;
    public const float LegendSize = 12;
    public const float FootnoteSize = 10.5f;
    public const float LegendRowHeight = 18;
    public const float LegendGap = 16;

    public IReadOnlyList<string> Title { get; private set; } = [];

    public string? Subtitle { get; private set; }

    public List<List<(LegendItem Item, string Label, float Width)>> LegendRows { get; private set; } = [];

    public IReadOnlyList<string> Footnote { get; private set; } = [];

    /// <summary>Height of everything above the plot.</summary>
    public float HeaderHeight => Margin + (Title.Count * TitleSize * 1.3f) + (Subtitle is null ? 0 : SubtitleSize * 1.5f)
        + (LegendRows.Count == 0 ? 0 : 4 + (LegendRows.Count * LegendRowHeight)) + 8;

    /// <summary>Height of everything below the plot's axis.</summary>
    public float FooterHeight => 8 + (Footnote.Count * FootnoteSize * 1.35f) + Margin;

    public static Decorations Plan(ChartFigure figure, IReadOnlyList<LegendItem> legend, int width, int height)
    {
        var inner = Math.Max(1, width - (2 * Margin));
        var plan = new Decorations
        {
            Title = string.IsNullOrWhiteSpace(figure.Title) ? [] : TextMeasure.Wrap(figure.Title, TitleSize, true, inner, 2),
            Subtitle = string.IsNullOrWhiteSpace(figure.Subtitle) ? null : TextMeasure.Ellipsize(figure.Subtitle, SubtitleSize, false, inner),
            LegendRows = FlowLegend(legend, inner),
            Footnote = TextMeasure.Wrap(figure.Footnote, FootnoteSize, false, inner, 3),
        };
        var minimumPlot = Math.Max(60, height * 0.45);
        while (plan.HeaderHeight + plan.FooterHeight + 30 + minimumPlot > height)
        {
            if (plan.Footnote.Count > 1)
            {
                plan.Footnote = TextMeasure.Wrap(figure.Footnote, FootnoteSize, false, inner, 1);
            }
            else if (plan.Subtitle is not null)
            {
                plan.Subtitle = null;
            }
            else if (plan.Title.Count > 1)
            {
                plan.Title = TextMeasure.Wrap(figure.Title!, TitleSize, true, inner, 1);
            }
            else if (plan.LegendRows.Count > 1)
            {
                plan.LegendRows.RemoveAt(plan.LegendRows.Count - 1);
            }
            else
            {
                break;
            }
        }

        return plan;
    }

    public static float Swatch(LegendItem item) => item.Symbol == LegendSymbol.Line ? 24 : 12;

    /// <summary>Flows the legend entries into rows that fit the width; entries too long for a row are shortened.</summary>
    private static List<List<(LegendItem, string, float)>> FlowLegend(IReadOnlyList<LegendItem> items, double width)
    {
        var rows = new List<List<(LegendItem, string, float)>>();
        var x = 0.0;
        foreach (var item in items)
        {
            var swatch = Swatch(item);
            var label = TextMeasure.Ellipsize(item.Label, LegendSize, false, width - swatch - 5);
            var itemWidth = (float)(swatch + 5 + TextMeasure.Width(label, LegendSize));
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
}
