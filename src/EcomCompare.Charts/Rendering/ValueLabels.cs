using EcomCompare.Views.Palette;
using ScottPlot;
using SkiaSharp;

namespace EcomCompare.Charts.Rendering;

/// <summary>How a label sits horizontally on its anchor.</summary>
internal enum LabelAlign
{
    Left,
    Center,
    Right,
}

/// <summary>
/// One place a label may go: at <paramref name="Anchor"/> moved by (<paramref name="Dx"/>, <paramref name="Dy"/>)
/// pixels, vertically centred there (or with its bottom there when <paramref name="Above"/>, its top when
/// <paramref name="Below"/>). With <paramref name="Inside"/> it must fit that rectangle (a bar segment, a cell) and
/// may cover it; without, it must stay clear of every obstacle.
/// </summary>
internal sealed record LabelPlacement(
    Coordinates Anchor, float Dx, float Dy, LabelAlign Align, CoordinateRect? Inside, string Color,
    bool Above = false, bool Below = false, bool Halo = false, float Size = 11);

/// <summary>
/// The value labels of a chart, as one ScottPlot plottable drawn last: at render time, when the data area's pixels
/// are known, each label takes the first of its places where it fits inside the plot and overlaps nothing — else
/// it is left out ("value labels only where they fit"). What it drew is kept in <see cref="Placed"/>, the same for
/// the PNG and the SVG of one request (same figure, same size, same font).
/// </summary>
internal sealed class ValueLabels : IPlottable
{
    private const float CapHeight = 0.714f; // Noto Sans cap height, em

    private readonly List<(string Text, IReadOnlyList<LabelPlacement> Places)> _labels = [];
    private readonly List<CoordinateRect> _rects = [];
    private readonly List<(Coordinates Center, float Radius)> _points = [];
    private readonly List<string> _placed = [];

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<ScottPlot.LegendItem> LegendItems => [];

    /// <summary>The labels drawn by the last render, in drawing order.</summary>
    public IReadOnlyList<string> Placed => _placed;

    public static LabelPlacement Inside(CoordinateRect rect, string fill) =>
        new(rect.Center, 0, 0, LabelAlign.Center, rect, Contrast.TextOn(fill));

    public void Add(string text, IReadOnlyList<LabelPlacement> places) => _labels.Add((text, places));

    /// <summary>Something outside labels must not cover (a bar).</summary>
    public void AddObstacle(CoordinateRect rect) => _rects.Add(rect);

    /// <summary>A marker outside labels must not cover.</summary>
    public void AddObstacle(Coordinates center, float radius) => _points.Add((center, radius));

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        _placed.Clear();
        if (!Painter.Draws(rp.Canvas))
        {
            return;
        }

        var area = Axes.DataRect;
        var obstacles = _rects.Select(r => Axes.GetPixelRect(r))
            .Concat(
                _points.Select(p => Axes.GetPixel(p.Center)).Zip(
                    _points, (px, p) => new PixelRect(px.X - p.Radius, px.X + p.Radius, px.Y + p.Radius, px.Y - p.Radius)))
            .ToList();
        var taken = new List<PixelRect>();
        var drawn = new List<(string Text, float X, float Baseline, LabelPlacement Place)>();
        foreach (var (text, places) in _labels)
        {
            foreach (var place in places)
            {
                var width = (float)TextMeasure.Width(text, place.Size);
                var cap = place.Size * CapHeight;
                var anchor = Axes.GetPixel(place.Anchor);
                var x = anchor.X + place.Dx;
                var y = anchor.Y + place.Dy;
                var center = place.Above ? y - (cap / 2) : place.Below ? y + (cap / 2) : y;
                var left = place.Align switch { LabelAlign.Left => x, LabelAlign.Right => x - width, _ => x - (width / 2) };
                var box = new PixelRect(left - 1, left + width + 1, center + (cap / 2) + 1.5f, center - (cap / 2) - 1.5f);
                if (!Contains(area, box) || taken.Any(t => Overlaps(t, box)))
                {
                    continue;
                }

                if (place.Inside is { } inside)
                {
                    var cell = Axes.GetPixelRect(inside);
                    if (width + 6 > cell.Width || cap + 5 > cell.Height)
                    {
                        continue;
                    }
                }
                else if (obstacles.Any(o => Overlaps(o, box)))
                {
                    continue;
                }

                taken.Add(box);
                drawn.Add((text, x, center + (cap / 2), place));
                break;
            }
        }

        foreach (var (text, x, baseline, place) in drawn)
        {
            using var font = TextMeasure.Font(place.Size);
            var align = place.Align switch { LabelAlign.Left => SKTextAlign.Left, LabelAlign.Right => SKTextAlign.Right, _ => SKTextAlign.Center };
            if (place.Halo)
            {
                using var halo = new SKPaint
                {
                    Color = SKColors.White,
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    StrokeWidth = 3,
                    StrokeJoin = SKStrokeJoin.Round
                };
                rp.Canvas.DrawText(text, x, baseline, align, font, halo);
            }

            using var paint = new SKPaint { Color = SKColor.Parse(place.Color), IsAntialias = true };
            rp.Canvas.DrawText(text, x, baseline, align, font, paint);
            _placed.Add(text);
        }
    }

    private static bool Contains(PixelRect outer, PixelRect inner) =>
        inner.Left >= outer.Left && inner.Right <= outer.Right && inner.Top >= outer.Top && inner.Bottom <= outer.Bottom;

    private static bool Overlaps(PixelRect a, PixelRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
