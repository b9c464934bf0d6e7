using System.Text;
using EcomCompare.Ingestion.Documents.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace EcomCompare.Ingestion.Documents;

/// <summary>A PDF page's words (PdfPig) as laid-out lines: words on one baseline form a line, left to right.</summary>
internal static class PdfLines
{
    // Two words further apart than this many font heights stand in two cells. Word spaces are about a quarter
    // of the font height, justified ones rarely more than half; a Word or LibreOffice table's cell margins leave
    // 0.8 or more between cells.
    private const double CellGap = 0.75;

    /// <summary>The page's horizontal text as lines, top to bottom; rotated words (stamps, margin notes) are left out.</summary>
    public static IReadOnlyList<VisualLine> Of(Page page)
    {
        var words = page.GetWords()
            .Where(w => w.TextOrientation == TextOrientation.Horizontal && w.Letters.Count > 0 && !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => (Word: w, Baseline: page.Height - w.Letters[0].StartBaseLine.Y, Size: Size(w)))
            .OrderBy(w => w.Baseline)
            .ThenBy(w => w.Word.BoundingBox.Left)
            .ToList();

        var lines = new List<VisualLine>();
        var current = new List<(Word Word, double Baseline, double Size)>();
        foreach (var word in words)
        {
            if (current.Count > 0 && Math.Abs(word.Baseline - current[0].Baseline) > 0.3 * Math.Min(word.Size, current[0].Size))
            {
                lines.Add(Line(page.Number, lines.Count + 1, current));
                current.Clear();
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(Line(page.Number, lines.Count + 1, current));
        }

        return lines;
    }

    private static VisualLine Line(int page, int number, List<(Word Word, double Baseline, double Size)> words)
    {
        var height = words.Select(w => w.Size).Order().ElementAt(words.Count / 2);
        var placed = words
            .OrderBy(w => w.Word.BoundingBox.Left)
            .Select(w => new PlacedWord(w.Word.Text.Normalize(NormalizationForm.FormC), w.Word.BoundingBox.Left, Math.Max(w.Word.BoundingBox.Right, w.Word.BoundingBox.Left + 0.1), w.Word.Letters.All(IsBold)))
            .ToList();
        return new VisualLine(page, number, words.Average(w => w.Baseline), height, CellGap * height, 0, placed);
    }

    // The font size as drawn (the text matrix applied); a degenerate size falls back on the word's box.
    private static double Size(Word word)
    {
        var size = word.Letters[0].PointSize;
        return size > 0.5 ? size : Math.Max(1, word.BoundingBox.Height);
    }

    // Bold by the font (its name says Bold, as "TimesNewRomanPS-BoldMT" or "Noto Serif,Bold" do, or its
    // descriptor's weight) or by a stroked outline, the way some writers fake bold.
    private static bool IsBold(Letter letter) =>
        letter.FontName?.Contains("bold", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontDetails?.IsBold == true
        || letter.RenderingMode == TextRenderingMode.FillThenStroke;
}
