using EcomCompare.Ingestion.Documents;

namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>
/// Laid-out lines (a PDF's words by position, or <c>pdftotext -layout</c> text) as plan-text lines: every table
/// row one line of tab-separated cells with empty cells kept, every paragraph one line; page numbers dropped.
/// </summary>
internal static class LaidOutText
{
    /// <summary>The plan-text lines with their places.</summary>
    /// <param name="lines">Every line of every page, in reading order.</param>
    /// <param name="place">Names a place: a line and, for a table row, its 1-based row on that page of the table.</param>
    public static IReadOnlyList<DocumentLine> Read(IReadOnlyList<VisualLine> lines, Func<VisualLine, int?, string> place)
    {
        var kept = PageFurniture.Without(lines).ToList();
        var margins = kept.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Max(l => l.Right));
        var output = new List<DocumentLine>();
        var prose = new List<VisualLine>();
        var afterTable = false;
        for (var i = 0; i < kept.Count;)
        {
            var table = TableFinder.At(kept, i);
            if (table is null)
            {
                prose.Add(kept[i]);
                i++;
                continue;
            }

            Flush();
            if (afterTable)
            {
                // Two tables in a row stay two tables, as an empty paragraph keeps them apart in a Word document.
                output.Add(new DocumentLine(string.Empty, place(kept[i], null)));
            }

            int page = 0, row = 0;
            foreach (var r in table.Rows)
            {
                if (r.AfterGap)
                {
                    output.Add(new DocumentLine(string.Empty, place(r.First, null)));
                }

                row = r.First.Page == page ? row + 1 : 1;
                page = r.First.Page;
                output.Add(new DocumentLine(r.Render(), place(r.First, row)));
            }

            afterTable = true;
            i = table.End;
        }

        Flush();
        return output;

        void Flush()
        {
            if (prose.Count == 0)
            {
                return;
            }

            foreach (var paragraph in Paragraphs.Join(prose, p => margins[p]))
            {
                output.Add(new DocumentLine(RebuiltRow.Words(paragraph.SelectMany(l => l.Words).ToList()), place(paragraph[0], null)));
            }

            prose.Clear();
            afterTable = false;
        }
    }
}
