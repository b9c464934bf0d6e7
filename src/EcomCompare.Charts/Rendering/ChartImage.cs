using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace EcomCompare.Charts.Rendering;

/// <summary>A <see cref="ChartPicture"/> out as PNG or SVG bytes — the same drawing, the same bytes every time.</summary>
internal static partial class ChartImage
{
    public static byte[] Png(ChartPicture picture, double scale)
    {
        var pixelWidth = (int)Math.Round(picture.Width * scale, MidpointRounding.AwayFromZero);
        var pixelHeight = (int)Math.Round(picture.Height * scale, MidpointRounding.AwayFromZero);
        var info = new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"no {pixelWidth}×{pixelHeight} drawing surface");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        // Laid out at the chart's size, drawn at the pixel size: text and lines stay sharp at scale=2.
        canvas.Scale((float)(pixelWidth / (double)picture.Width), (float)(pixelHeight / (double)picture.Height));
        Settle(picture);
        picture.Plot.Render(canvas, picture.Width, picture.Height);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        // zlib's default (level 6, every row filter tried) takes ~40 ms of CPU for 800×500, most of a PNG's cost;
        // the Sub filter at level 3 takes ~11 ms for files ~20% larger. Lossless either way, and deterministic.
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the PNG");
        return data.ToArray();
    }

    public static string Svg(ChartPicture picture)
    {
        // Not Plot.GetSvgXml: it settles the layout by drawing the whole plot, twice, into an 800×500 bitmap it
        // throws away (and leaves to the finalizer) — over half of an SVG's cost. Settle does that on a canvas that
        // draws nothing; then the SVG canvas gets the one render. As there, the canvas is not cleared (an SVG has no
        // pixels to clear; the figure background is drawn anyway).
        Settle(picture);
        // A native memory stream: a managed one is called back (and copied into) for every few bytes Skia writes.
        using var stream = new SKDynamicMemoryWStream();
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(picture.Width, picture.Height), stream))
        {
            var clear = picture.Plot.RenderManager.ClearCanvasBeforeEachRender;
            picture.Plot.RenderManager.ClearCanvasBeforeEachRender = false;
            picture.Plot.Render(canvas, picture.Width, picture.Height);
            picture.Plot.RenderManager.ClearCanvasBeforeEachRender = clear;
        }

        using var data = stream.DetachAsData();
        return StableIds(Describe(Encoding.UTF8.GetString(data.AsSpan()), picture.Figure));
    }

    /// <summary>
    /// ScottPlot renders until the axis limits stop changing, and a plot's first render always counts as a change
    /// (there was no render before it), so every picture would be drawn twice. The layout passes go to a canvas
    /// that draws nothing (text is still measured, limits and ticks settled); the real canvas then needs one pass.
    /// </summary>
    private static void Settle(ChartPicture picture)
    {
        using var nothing = new SKNoDrawCanvas(picture.Width, picture.Height);
        picture.Plot.Render(nothing, picture.Width, picture.Height);
    }

    /// <summary>
    /// ScottPlot's SVG (SkiaSharp's SVG canvas) names each clip path <c>cl_N</c>, N a counter shared by the whole
    /// process and written in hex (<c>cl_9</c>, <c>cl_a</c>, <c>cl_1b</c>), so the same chart drawn twice — or after
    /// any other chart — gets other ids, and its bytes (and ETag) would change. Renumbered in order of first
    /// appearance, per document, the ids are the same every time
    /// and still unique within the picture, which is all an id has to be.
    /// </summary>
    internal static string StableIds(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var stable))
            {
                stable = "cl_" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids[m.Value] = stable;
            }

            return stable;
        });
    }

    /// <summary>Drops the XML declaration (so the markup can be inlined in HTML) and names the picture for screen readers.</summary>
    private static string Describe(string svg, ChartFigure figure)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var open = svg.IndexOf('>', start) + 1;
        var text = new StringBuilder(svg.Length + 512);
        text.Append(svg, start, open - start - 1).Append(" role=\"img\">\n\t<title>").Append(Escape(figure.Name)).Append("</title>");
        if (!string.IsNullOrEmpty(figure.Description))
        {
            text.Append("\n\t<desc>").Append(Escape(figure.Description)).Append("</desc>");
        }

        return text.Append(svg, open, svg.Length - open).ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(new string(text.Where(c => !char.IsControl(c)).ToArray()));

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();
}
