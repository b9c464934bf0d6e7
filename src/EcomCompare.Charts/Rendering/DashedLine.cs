using ScottPlot;
using SkiaSharp;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// A line drawn with its dashes as geometry rather than as a Skia path effect. SkiaSharp's SVG canvas does not
/// support path effects: it drew dashed lines solid (the provinces' lines then differ only by colour in an SVG, not
/// in its PNG) and wrote "Unsupported path effect in addPaint" to the console for every segment. Cut into dash
/// pieces along the path's length — as the path effect does — both canvases draw the same dashes.
/// </summary>
internal sealed class DashedLine(Func<IAxes, IReadOnlyList<Pixel>> pixels, string color, float width, LineDash dash) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<ScottPlot.LegendItem> LegendItems => [];

    // What it is drawn with (a scatter's markers, a reference layer's value range) gives the axes their limits.
    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    /// <summary>A line through data points.</summary>
    public static DashedLine Through(IReadOnlyList<Coordinates> points, string color, float width, LineDash dash) =>
        new(axes => points.Select(axes.GetPixel).ToList(), color, width, dash);

    public void Render(RenderPack rp)
    {
        if (!Painter.Draws(rp.Canvas) || pixels(Axes) is not { Count: >= 2 } line)
        {
            return;
        }

        using var path = new SKPath();
        path.MoveTo(line[0].X, line[0].Y);
        foreach (var pixel in line.Skip(1))
        {
            path.LineTo(pixel.X, pixel.Y);
        }

        Stroke(rp.Canvas, path, color, width, dash);
    }

    /// <summary>Strokes <paramref name="path"/> in <paramref name="dash"/>'s pattern (ScottPlot's intervals, in pixels).</summary>
    public static void Stroke(SKCanvas canvas, SKPath path, string color, float width, LineDash dash)
    {
        using var paint = new SKPaint
        {
            Color = SKColor.Parse(color),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = width,
            StrokeJoin = SKStrokeJoin.Round
        };
        var intervals = Markers.ToScottPlot(dash).Intervals;
        if (intervals is not { Length: > 0 })
        {
            canvas.DrawPath(path, paint);
            return;
        }

        using var dashes = Cut(path, intervals);
        canvas.DrawPath(dashes, paint);
    }

    /// <summary>The "on" pieces of <paramref name="path"/>: on, off, on, off … along each contour's length.</summary>
    internal static SKPath Cut(SKPath path, IReadOnlyList<float> intervals)
    {
        var pieces = new SKPath();
        using var measure = new SKPathMeasure(path, forceClosed: false);
        do
        {
            var length = measure.Length;
            var at = 0f;
            for (var i = 0; at < length; i += 2)
            {
                var on = intervals[i % intervals.Count];
                var off = intervals[(i + 1) % intervals.Count];
                measure.GetSegment(at, Math.Min(at + on, length), pieces, startWithMoveTo: true);
                at += on + off;
            }
        }
        while (measure.NextContour());

        return pieces;
    }
}
