using EcomCompare.Views.Palette;
using ScottPlot;

namespace EcomCompare.Charts.Rendering;

/// <summary>The source footnote (the decisions the figures come from) under the plot, as a ScottPlot panel.</summary>
internal sealed class FootnotePanel(Decorations decorations) : IPanel
{
    public bool IsVisible { get; set; } = true;

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public Edge Edge => Edge.Bottom;

    public bool ShowDebugInformation { get; set; }

    public float Measure(Paint paint) => decorations.FooterHeight;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(dataRect.Left, dataRect.Right, dataRect.Bottom + offset + size, dataRect.Bottom + offset);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!Painter.Draws(rp.Canvas))
        {
            return;
        }

        var left = rp.FigureRect.Left + Decorations.Margin;
        var top = rp.DataRect.Bottom + offset + 8;
        for (var i = 0; i < decorations.Footnote.Count; i++)
        {
            Painter.Text(
                rp.Canvas, decorations.Footnote[i], left, top + Decorations.FootnoteSize + (i * Decorations.FootnoteSize * 1.35f),
                Decorations.FootnoteSize, ChartPalette.MutedInk);
        }
    }
}
