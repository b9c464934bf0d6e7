using System.Text;
using EcomCompare.Ingestion.Documents.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace EcomCompare.Ingestion.Documents;

/// <summary>
/// A PDF page's letters (PdfPig) as laid-out lines: letters on one baseline form a line, split into words at
/// spaces and at gaps. Words are made here rather than by PdfPig's word extractor, which joins two words whose
/// gap is narrower than half a letter — and writers that place each word themselves (Word's justified text, or
/// PDFsharp) put no space glyph between words, only a gap of a space's width.
/// </summary>
internal static class PdfLines
{
    // Two letters further apart than this many font heights are two words: a space is about a quarter of the
    // height, kerning a few hundredths.
    private const double WordGap = 0.15;

    // Two words further apart than this many font heights stand in two cells. A word space is a quarter of the
    // height, a justified one rarely half; a table's cell margins leave more (0.8 or more in Word and LibreOffice,
    // 0.55 in a tight table with 2-point margins).
    private const double CellGap = 0.5;

    /// <summary>
    /// The page's horizontal text as lines, top to bottom, each with the band of the page's horizontal rules it
    /// stands in; rotated letters (stamps, margin notes) are left out.
    /// </summary>
    public static IReadOnlyList<VisualLine> Of(Page page)
    {
        var rules = PdfRules.Of(page);
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrEmpty(l.Value))
            .Select(l => (Letter: l, Baseline: page.Height - l.StartBaseLine.Y, Size: Size(l)))
            .OrderBy(l => l.Baseline)
            .ToList();

        var lines = new List<VisualLine>();
        var current = new List<(Letter Letter, double Baseline, double Size)>();
        foreach (var letter in letters)
        {
            if (current.Count > 0 && Math.Abs(letter.Baseline - current[0].Baseline) > 0.3 * Math.Min(letter.Size, current[0].Size))
            {
                Add(current);
                current.Clear();
            }

            current.Add(letter);
        }

        Add(current);
        return lines;

        void Add(List<(Letter Letter, double Baseline, double Size)> line)
        {
            var words = Words(line.OrderBy(l => l.Letter.StartBaseLine.X).Select(l => (l.Letter, l.Size)).ToList());
            if (words.Count > 0)
            {
                var height = line.Select(l => l.Size).Order().ElementAt(line.Count / 2);
                var baseline = line.Average(l => l.Baseline);
                words = words
                    .Select(w => rules.Cell(baseline, w.Left, w.Right) is { } cell ? w with { CellBand = cell.Band, CellLeft = cell.Left } : w)
                    .ToList();
                lines.Add(new VisualLine(page.Number, lines.Count + 1, baseline, height, CellGap * height, 0, words)
                {
                    Band = rules.Band(baseline, words[0].Left),
                });
            }
        }
    }

    // Letters left to right into words: a space letter or a gap ends a word; a letter drawn twice over itself
    // (a writer's fake bold) counts once.
    private static List<PlacedWord> Words(List<(Letter Letter, double Size)> letters)
    {
        var words = new List<PlacedWord>();
        var text = new StringBuilder();
        double left = 0, right = 0;
        var bold = true;
        Letter? previous = null;
        foreach (var (letter, size) in letters)
        {
            if (previous is not null && letter.Value == previous.Value && Math.Abs(letter.StartBaseLine.X - previous.StartBaseLine.X) < 0.1 * size)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(letter.Value) || (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > WordGap * size))
            {
                Flush();
            }

            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                if (text.Length == 0)
                {
                    left = letter.BoundingBox.Left;
                    bold = true;
                }

                text.Append(letter.Value);
                right = Math.Max(right, Math.Max(letter.BoundingBox.Right, letter.EndBaseLine.X));
                bold &= IsBold(letter);
            }

            previous = letter;
        }

        Flush();
        return words;

        void Flush()
        {
            if (text.Length > 0)
            {
                words.Add(new PlacedWord(text.ToString().Normalize(NormalizationForm.FormC), left, Math.Max(right, left + 0.1), bold));
                text.Clear();
                right = 0;
            }
        }
    }

    // The font size as drawn (the text matrix applied); a degenerate size falls back on the glyph's box.
    private static double Size(Letter letter) => letter.PointSize > 0.5 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);

    // Bold by the font (its name says Bold, as "TimesNewRomanPS-BoldMT" or "Noto Serif,Bold" do, or its
    // descriptor's weight) or by a stroked outline, the way some writers fake bold.
    private static bool IsBold(Letter letter) =>
        letter.FontName?.Contains("bold", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontDetails?.IsBold == true
        || letter.RenderingMode == TextRenderingMode.FillThenStroke;
}
