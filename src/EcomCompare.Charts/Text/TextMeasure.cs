using System.Text;

namespace EcomCompare.Charts.Text;

/// <summary>
/// Estimates how wide a text renders in the font the charts name — Noto Sans, from Debian's fonts-noto-core, the
/// font librsvg renders the PNGs with — from its per-character advance widths (<see cref="NotoSansWidths"/>), so
/// labels are wrapped, shortened or left out before they overflow. Kerning is ignored: estimates run a few percent
/// wide, which errs on the side of fitting.
/// </summary>
internal static class TextMeasure
{
    /// <summary>The font's family name.</summary>
    public const string FontFamily = "Noto Sans";

    /// <summary>The CSS font-family list written into the SVG.</summary>
    public const string FontFamilyCss = "'Noto Sans', sans-serif";

    /// <summary>Distance from the baseline to the middle of a capital or digit, in em (Noto Sans cap height 0.714 em).</summary>
    public const double HalfCapHeight = 0.357;

    private const int Fallback = 600; // no glyph known: a wide-ish letter, so an unknown text is over- rather than under-estimated

    public static double Width(string text, double size, bool bold = false)
    {
        var table = bold ? NotoSansWidths.Bold : NotoSansWidths.Regular;
        double units = 0;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            units += Advance(rune.Value, table);
        }

        return units * size / 1000.0;
    }

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

        var runes = text.EnumerateRunes().ToList();
        for (var n = runes.Count - 1; n >= 0; n--)
        {
            var prefix = string.Concat(runes.Take(n).Select(r => r.ToString())).TrimEnd(' ', ',', ';', '·', '—', '–');
            var candidate = prefix + "…";
            if (Width(candidate, size, bold) <= maxWidth)
            {
                return n == 0 ? string.Empty : candidate;
            }
        }

        return string.Empty;
    }

    private static int Advance(int codePoint, ushort[][] table)
    {
        var starts = NotoSansWidths.Starts;
        for (var i = starts.Length - 1; i >= 0; i--)
        {
            if (codePoint >= starts[i])
            {
                var offset = codePoint - starts[i];
                if (offset < table[i].Length && table[i][offset] != 0)
                {
                    return table[i][offset];
                }

                if (offset < table[i].Length && codePoint is >= 0x0300 and <= 0x036F)
                {
                    return 0; // combining mark
                }

                break;
            }
        }

        // A letter outside the table: measure its base letter (ḿ → m); else assume a wide-ish glyph.
        var decomposed = new Rune(codePoint).ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && decomposed[0] != codePoint && !char.IsSurrogate(decomposed[0])
            ? Advance(decomposed[0], table)
            : Fallback;
    }
}
