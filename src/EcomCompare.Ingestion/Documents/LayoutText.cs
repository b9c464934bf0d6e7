using System.Globalization;
using System.Text;
using EcomCompare.Ingestion.Documents.Layout;

namespace EcomCompare.Ingestion.Documents;

/// <summary>
/// Text that came out of <c>pdftotext -layout</c> as the plan text the parsers read. Such text has no tabs: a
/// table's columns are aligned with runs of spaces, and paragraphs are wrapped at the page's width. Its lines go
/// through the same rebuilding as a PDF's words (<see cref="PdfText"/>), with character columns for positions:
/// two or more spaces separate cells, a form feed starts a page. A place is the line of the layout text.
/// </summary>
public static class LayoutText
{
    /// <summary>
    /// True when <paramref name="text"/> looks like <c>pdftotext -layout</c> output: no tab anywhere, and at least
    /// three lines of three or more cells set apart by three spaces or more, some cell edge lining up on three of
    /// them. A text with tabs is never layout text, so tab-separated plans are read as they always were; nor is
    /// prose with two spaces after its full stops.
    /// </summary>
    public static bool Recognises(string text)
    {
        if (text.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var edges = new Dictionary<double, int>();
        var tableLines = 0;
        foreach (var line in Lines(text, out _))
        {
            var cells = Phrase.Split(line.Words, 3, 0);
            if (cells.Count < 3)
            {
                continue;
            }

            tableLines++;
            foreach (var edge in cells.Skip(1).SelectMany(p => new[] { p.Left, -p.Right - 1 }).Distinct())
            {
                edges[edge] = edges.GetValueOrDefault(edge) + 1;
            }
        }

        return tableLines >= 3 && edges.Values.Any(n => n >= 3);
    }

    /// <summary>The document's lines, as <see cref="Recognises"/> would have them read.</summary>
    public static IReadOnlyList<string> Lines(string text) => Read(text).Select(l => l.Text).ToList();

    /// <summary>The plan-text lines with their places ("line 12" of the layout text).</summary>
    internal static IReadOnlyList<DocumentLine> Read(string text) =>
        LaidOutText.Read(Lines(text, out _), (line, _) => string.Create(CultureInfo.InvariantCulture, $"line {line.Number}"));

    // pdftotext rounds each line's positions to characters on its own: a column's text may stand two apart.
    private const double Jitter = 2;

    // Every non-blank line with its words at their character columns (text elements, so a letter written with
    // combining marks is one column, as pdftotext placed it). Pages are split at form feeds.
    internal static List<VisualLine> Lines(string text, out int pages)
    {
        var lines = new List<VisualLine>();
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        pages = 1;
        var top = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i];
            if (line.Contains('\f', StringComparison.Ordinal))
            {
                pages += line.Count(c => c == '\f');
                top = i;
                line = line[(line.LastIndexOf('\f') + 1)..];
            }

            var words = Words(line);
            if (words.Count > 0)
            {
                lines.Add(new VisualLine(pages, i + 1, i - top, 1, 2, Jitter, words));
            }
        }

        return lines;
    }

    private static List<PlacedWord> Words(string line)
    {
        var words = new List<PlacedWord>();
        var elements = StringInfo.GetTextElementEnumerator(line);
        var word = new StringBuilder();
        int column = 0, start = 0;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (string.IsNullOrWhiteSpace(element))
            {
                Flush();
            }
            else
            {
                if (word.Length == 0)
                {
                    start = column;
                }

                word.Append(element);
            }

            column++;
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(new PlacedWord(word.ToString().Normalize(NormalizationForm.FormC), start, column, false));
                word.Clear();
            }
        }
    }
}
