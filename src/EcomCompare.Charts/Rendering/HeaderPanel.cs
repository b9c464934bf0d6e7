using EcomCompare.Views.Palette;
using ScottPlot;
using SkiaSharp;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// The top of the picture, as a ScottPlot panel (outside the data area, measured by the layout): title, subtitle
/// and the legend, left-aligned with the figure's margin.
/// </summary>
internal sealed class HeaderPanel(Decorations decorations) : IPanel
{
    public bool IsVisible { get; set; } = true;

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public Edge Edge => Edge.Top;

    public bool ShowDebugInformation { get; set; }

    public float Measure(Paint paint) => decorations.HeaderHeight;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(dataRect.Left, dataRect.Right, dataRect.Top - offset, dataRect.Top - offset - size);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!Painter.Draws(rp.Canvas))
        {
            return;
        }

        var canvas = rp.Canvas;
        var left = rp.FigureRect.Left + Decorations.Margin;
        var top = rp.DataRect.Top - offset - size + Decorations.Margin;
        foreach (var line in decorations.Title)
        {
            Painter.Text(canvas, line, left, top + Decorations.TitleSize, Decorations.TitleSize, ChartPalette.Ink, bold: true);
            top += Decorations.TitleSize * 1.3f;
        }

        if (decorations.Subtitle is { } subtitle)
        {
            Painter.Text(canvas, subtitle, left, top + Decorations.SubtitleSize, Decorations.SubtitleSize, ChartPalette.MutedInk);
            top += Decorations.SubtitleSize * 1.5f;
        }

        top += 4;
        foreach (var row in decorations.LegendRows)
        {
            var x = left;
            var middle = top + 9;
            foreach (var (item, label, width) in row)
            {
                var swatch = Decorations.Swatch(item);
                if (item.Symbol == LegendSymbol.Line)
                {
                    using var sample = new SKPath();
                    sample.MoveTo(x, middle);
                    sample.LineTo(x + swatch, middle);
                    DashedLine.Stroke(canvas, sample, item.Color, 2.25f, item.Dash);
                    Painter.Marker(canvas, item.Marker, x + (swatch / 2), middle, 4, item.Color);
                }
                else
                {
                    using var fill = new SKPaint { Color = SKColor.Parse(item.Color), IsAntialias = true };
                    canvas.DrawRect(x, middle - 6, 12, 12, fill);
                }

                Painter.Text(canvas, label, x + swatch + 5, middle + (Decorations.LegendSize * 0.357f), Decorations.LegendSize, ChartPalette.Ink);
                x += width + Decorations.LegendGap;
            }

            top += Decorations.LegendRowHeight;
        }
    }
}
