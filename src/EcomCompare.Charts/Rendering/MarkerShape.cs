using EcomCompare.Charts.Svg;

namespace EcomCompare.Charts.Rendering;

/// <summary>Point markers; shapes tell lines apart without relying on colour alone.</summary>
internal enum MarkerShape
{
    None,
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// <summary>Draws markers.</summary>
internal static class Markers
{
    public static IReadOnlyList<MarkerShape> Cycle { get; } = [MarkerShape.Circle, MarkerShape.Square, MarkerShape.Triangle, MarkerShape.Diamond];

    /// <summary>Dash patterns paired with <see cref="Cycle"/>: solid, dashed, dotted, dash-dot.</summary>
    public static IReadOnlyList<string?> Dashes { get; } = [null, "7 4", "2 3", "8 3 2 3"];

    public static void Draw(SvgBuilder svg, MarkerShape shape, double x, double y, double radius, string fill)
    {
        const string Outline = "#FFFFFF";
        switch (shape)
        {
            case MarkerShape.Circle:
                svg.Circle(x, y, radius, fill, Outline);
                break;
            case MarkerShape.Square:
                svg.Rect(new Box(x - (radius * 0.9), y - (radius * 0.9), radius * 1.8, radius * 1.8), fill, Outline);
                break;
            case MarkerShape.Triangle:
                svg.Polygon([(x, y - (radius * 1.2)), (x + (radius * 1.1), y + (radius * 0.8)), (x - (radius * 1.1), y + (radius * 0.8))], fill, Outline);
                break;
            case MarkerShape.Diamond:
                svg.Polygon([(x, y - (radius * 1.25)), (x + (radius * 1.1), y), (x, y + (radius * 1.25)), (x - (radius * 1.1), y)], fill, Outline);
                break;
            default:
                break;
        }
    }
}
