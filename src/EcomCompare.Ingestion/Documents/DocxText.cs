using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace EcomCompare.Ingestion.Documents;

/// <summary>
/// A Word document as the plan text the parsers read: one line per paragraph, one tab-separated line per table row.
/// Merged cells are resolved as the text form writes them — a horizontally merged cell (<c>gridSpan</c>) is its text
/// followed by empty cells for the columns it spans, a vertically merged continuation (<c>vMerge</c>) is an empty
/// cell — and bold text is kept as <c>&lt;b&gt;…&lt;/b&gt;</c>, so group rows are recognised as in the text files.
/// A place is "paragraph 40" (the body's 40th paragraph) or "table 2, row 5".
/// </summary>
public static class DocxText
{
    /// <summary>The document's lines; throws <see cref="IngestionException"/> naming the file when it is not a Word document.</summary>
    public static IReadOnlyList<string> Lines(string name, byte[] bytes) => Read(name, bytes).Select(l => l.Text).ToList();

    /// <summary>The document's lines with their places.</summary>
    internal static IReadOnlyList<DocumentLine> Read(string name, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new IngestionException(name, 0, "the Word document has no body");
            var lines = new List<DocumentLine>();
            var tableNumber = 0;
            var paragraphNumber = 0;
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        paragraphNumber++;
                        lines.Add(new DocumentLine(Text(paragraph), string.Create(CultureInfo.InvariantCulture, $"paragraph {paragraphNumber}")));
                        break;
                    case Table table:
                        tableNumber++;
                        var rowNumber = 0;
                        foreach (var row in table.Elements<W.TableRow>())
                        {
                            rowNumber++;
                            lines.Add(new DocumentLine(Row(row, name, tableNumber, rowNumber), string.Create(CultureInfo.InvariantCulture, $"table {tableNumber}, row {rowNumber}")));
                        }

                        break;
                }
            }

            return lines;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw new IngestionException(name, 0, $"is not a readable Word (.docx) document: {e.Message}");
        }
    }

    private static string Row(W.TableRow row, string name, int table, int number)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var span = properties?.GridSpan?.Val?.Value ?? 1;
            if (span < 1)
            {
                throw new IngestionException(name, 0, $"table {table}, row {number}: a cell spans {span} columns");
            }

            // A vMerge without "restart" continues the cell above: its text is the one above's, written once.
            var continues = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            var text = continues ? string.Empty : string.Join(' ', cell.Elements<Paragraph>().Select(Text).Where(t => t.Length > 0));
            if (text.Contains('\t', StringComparison.Ordinal))
            {
                text = text.Replace('\t', ' ');
            }

            cells.Add(text);
            for (var i = 1; i < span; i++)
            {
                cells.Add(string.Empty);
            }
        }

        return string.Join('\t', cells);
    }

    // The paragraph's runs, bold ones wrapped in <b>…</b> (adjacent bold runs share one tag pair).
    private static string Text(Paragraph paragraph)
    {
        var parts = new List<(string Text, bool Bold)>();
        foreach (var run in paragraph.Descendants<Run>())
        {
            var text = string.Concat(run.ChildElements.Select(c => c switch
            {
                W.Text t => t.Text,
                TabChar => " ",
                Break => " ",
                _ => string.Empty,
            }));
            if (text.Length == 0)
            {
                continue;
            }

            var bold = run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);
            if (parts.Count > 0 && parts[^1].Bold == bold)
            {
                parts[^1] = (parts[^1].Text + text, bold);
            }
            else
            {
                parts.Add((text, bold));
            }
        }

        return string.Concat(parts.Select(p => p.Bold && p.Text.Trim().Length > 0 ? $"<b>{p.Text}</b>" : p.Text));
    }
}
