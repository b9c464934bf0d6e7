using SkiaSharp;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// Measures text with the very font the picture is drawn in (SkiaSharp with Noto Sans), and fits it: wrapped at
/// spaces into a number of lines, or shortened with "…".
/// </summary>
internal static class TextMeasure
{
    [ThreadStatic]
    private static Dictionary<(double Size, bool Bold), SKFont>? Fonts;

    /// <summary>The advance width of <paramref name="text"/> at <paramref name="size"/> pixels.</summary>
    public static double Width(string text, double size, bool bold = false)
    {
        // Fitting measures a text many times (wrapping, shortening): one font object per size and thread.
        Fonts ??= [];
        if (!Fonts.TryGetValue((size, bold), out var font))
        {
            font = Font(size, bold);
            Fonts[(size, bold)] = font;
        }

        return font.MeasureText(text);
    }

    /// <summary>A SkiaSharp font of the chart face (the caller disposes it).</summary>
    public static SKFont Font(double size, bool bold = false) =>
        new(bold ? ChartFonts.Bold : ChartFonts.Regular,
            (float)size)
        { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };

    /// <summary>
    /// Breaks <paramref name="text"/> at spaces into at most <paramref name="maxLines"/> lines of at most
    /// <paramref name="maxWidth"/>; the last line is shortened with "…" if the text does not fit.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double size, bool bold, double maxWidth, int maxLines)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = string.Empty;
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (Width(candidate, size, bold) <= maxWidth || current.Length == 0)
            {
                current = candidate;
                continue;
            }

            if (lines.Count == maxLines - 1)
            {
                lines.Add(Ellipsize(string.Join(' ', [current, .. words[i..]]), size, bold, maxWidth));
                return lines;
            }

            lines.Add(Ellipsize(current, size, bold, maxWidth));
            current = words[i];
        }

        if (current.Length > 0)
        {
            lines.Add(Ellipsize(current, size, bold, maxWidth));
        }

        return lines;
    }

    /// <summary>The text, or its longest prefix ending in "…" that fits; empty when not even "…" fits.</summary>
    public static string Ellipsize(string text, double size, bool bold, double maxWidth)
    {
        if (Width(text, size, bold) <= maxWidth)
        {
            return text;
        }

        // The longest prefix that fits, by bisection over the letters (fits(n) only turns false as n grows).
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        string Candidate(int n) => string.Concat(runes.Take(n)).TrimEnd(' ', ',', ';', '·', '—', '–') + "…";
        int lo = 0, hi = runes.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Width(Candidate(mid), size, bold) <= maxWidth)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (lo > 0)
        {
            return Candidate(lo);
        }

        return string.Empty;
    }
}
