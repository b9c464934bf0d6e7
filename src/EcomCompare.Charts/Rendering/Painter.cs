using SkiaSharp;

namespace EcomCompare.Charts.Rendering;

/// <summary>Text and marker drawing on a SkiaSharp canvas (PNG surface or SVG canvas alike), in the chart font.</summary>
internal static class Painter
{
    /// <summary>
    /// False on the layout passes (<see cref="ChartImage"/> settles ScottPlot's layout on a canvas that draws
    /// nothing): our own layers and panels take no part in the layout, so they skip drawing there.
    /// </summary>
    public static bool Draws(SKCanvas canvas) => canvas is not SKNoDrawCanvas;

    public static void Text(
        SKCanvas canvas, string text, float x, float baseline, float size, string color, bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = TextMeasure.Font(size, bold);
        using var paint = new SKPaint { Color = SKColor.Parse(color), IsAntialias = true };
        canvas.DrawText(text, x, baseline, align, font, paint);
    }

    public static void Marker(SKCanvas canvas, MarkerShape shape, float x, float y, float radius, string color)
    {
        using var path = new SKPath();
        switch (shape)
        {
            case MarkerShape.Circle:
                path.AddCircle(x, y, radius);
                break;
            case MarkerShape.Square:
                path.AddRect(new SKRect(x - (radius * 0.9f), y - (radius * 0.9f), x + (radius * 0.9f), y + (radius * 0.9f)));
                break;
            case MarkerShape.Triangle:
                path.AddPoly(
                    [
                        new SKPoint(x, y - (radius * 1.2f)), new SKPoint(x + (radius * 1.1f), y + (radius * 0.8f)), new SKPoint(
                            x - (radius * 1.1f), y + (radius * 0.8f))]);
                break;
            case MarkerShape.Diamond:
                path.AddPoly(
                    [
                        new SKPoint(x, y - (radius * 1.25f)), new SKPoint(x + (radius * 1.1f), y), new SKPoint(x, y + (radius * 1.25f)),
                        new SKPoint(x - (radius * 1.1f), y)]);
                break;
            default:
                return;
        }

        using var fill = new SKPaint { Color = SKColor.Parse(color), IsAntialias = true };
        using var outline = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        canvas.DrawPath(path, fill);
        canvas.DrawPath(path, outline);
    }
}
