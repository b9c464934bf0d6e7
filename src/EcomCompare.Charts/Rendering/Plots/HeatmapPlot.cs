using EcomCompare.Charts.Svg;
using EcomCompare.Charts.Text;

namespace EcomCompare.Charts.Rendering.Plots;

/// <summary>
/// A heatmap: rows along the band axis, columns along the second band axis, each cell coloured along the
/// sequential palette by its value (0 → lightest, the largest value → darkest) and labelled when the label fits.
/// </summary>
internal sealed class HeatmapPlot(double?[,] values, string?[,] labels) : IPlot
{
    private const string NoValue = "#F2F2F2";

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => AxisLimits.None;

    public void Render(PlotContext context)
    {
        var columns = context.Columns ?? throw new InvalidOperationException("a heatmap needs column bands");
        var svg = context.Svg;
        var max = 0.0;
        foreach (var v in values)
        {
            if (v is { } value && value > max)
            {
                max = value;
            }
        }

        var texts = new List<(string Text, double X, double Y, double Size, string Fill)>();
        svg.Group("cells");
        for (var r = 0; r < values.GetLength(0); r++)
        {
            for (var c = 0; c < values.GetLength(1); c++)
            {
                var box = new Box(columns.Start(c), context.Bands.Start(r), columns.Bandwidth, context.Bands.Bandwidth);
                var value = values[r, c];
                var fill = value is { } v && v > 0 && max > 0 ? Contrast.Along(ChartPalette.Sequential, v / max) : NoValue;
                svg.Rect(box, fill);
                if (labels[r, c] is not { } text)
                {
                    continue;
                }

                foreach (var size in new[] { context.LabelSize + 1, context.LabelSize - 1 })
                {
                    if (TextMeasure.Width(text, size) + 6 <= box.Width && size + 4 <= box.Height)
                    {
                        texts.Add((text, box.CenterX, box.CenterY + (size * TextMeasure.HalfCapHeight), size, Contrast.TextOn(fill)));
                        break;
                    }
                }
            }
        }

        svg.EndGroup();
        if (texts.Count > 0)
        {
            svg.Group("value-labels");
            foreach (var (text, x, y, size, fill) in texts)
            {
                svg.Text(x, y, text, size, fill, TextAnchor.Middle);
            }

            svg.EndGroup();
        }
    }
}
