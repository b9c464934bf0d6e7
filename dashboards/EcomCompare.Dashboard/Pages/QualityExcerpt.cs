using EcomCompare.Cube.Query;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Tables;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// A few lines of a document around a figure, ready to read: where they are rows of a table, split into cells
/// under the table's own header rows (found above them as the ingestion finds them, <see cref="ColumnLayout"/>);
/// otherwise the lines of text. Cells and lines are cleaned of the layout tags the documents keep.
/// </summary>
/// <param name="Header">The table's header rows (empty for text, or a table whose header is not found).</param>
/// <param name="Rows">The excerpt's lines: number and cells (one cell for a line of text).</param>
/// <param name="Hit">The line the figure stands on.</param>
/// <param name="Columns">How many columns the table has (1 for text).</param>
public sealed record QualityExcerpt(
    IReadOnlyList<IReadOnlyList<string>> Header, IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Rows, int Hit, int Columns)
{
    /// <summary>Lines shown either side of the figure's line.</summary>
    public const int Radius = 2;

    /// <summary>How far above the figure a table's header is looked for (Thái Bình's runs ~95 lines above its group IV).</summary>
    public const int HeaderReach = 200;

    /// <summary>True when the excerpt is rows of a table.</summary>
    public bool IsTable => Columns > 1;

    /// <summary>
    /// Builds the excerpt from the lines <c>hit − <see cref="HeaderReach"/></c> … <c>hit + <see cref="Radius"/></c>.
    /// A table's header is the nearest header start above the hit (its continuation rows with it), reached through
    /// table rows and blank lines only; a line of prose in between means the hit is in no table with a header.
    /// </summary>
    public static QualityExcerpt From(IReadOnlyList<DocumentLine> lines, int hit)
    {
        var byLine = lines.ToDictionary(l => l.Line, l => new TableRow(l.Line, l.Text.Split('\t')));
        if (!byLine.TryGetValue(hit, out var hitRow) || hitRow.Cells.Count < 2)
        {
            var text = lines.Where(l => Math.Abs(l.Line - hit) <= Radius && l.Text.Trim().Length > 0)
                .Select(l => (l.Line, (IReadOnlyList<string>)[CellText.Clean(l.Text)])).ToList();
            return new QualityExcerpt([], text, hit, 1);
        }

        var header = new List<TableRow>();
        for (var n = hit - 1; n >= hit - HeaderReach && byLine.TryGetValue(n, out var row); n--)
        {
            if (row.IsBlank)
            {
                continue;
            }

            if (row.Cells.Count < 2)
            {
                break; // prose: the table starts below it without a header of its own
            }

            if (ColumnLayout.IsHeaderStart(row))
            {
                header.Add(row);
                for (var c = n + 1; byLine.TryGetValue(c, out var next) && ColumnLayout.IsHeaderContinuation(next); c++)
                {
                    header.Add(next);
                }

                break;
            }
        }

        var headerLines = header.Select(h => h.Line).ToHashSet();
        var rows = new List<TableRow>();
        for (var n = hit - Radius; n <= hit + Radius; n++)
        {
            if (byLine.TryGetValue(n, out var row) && row.Cells.Count > 1 && !headerLines.Contains(n) && !ColumnLayout.IsHeaderStart(row))
            {
                rows.Add(row);
            }
        }

        var columns = header.Concat(rows).Max(r => r.Cells.Count);
        return new QualityExcerpt(
            header.Select(h => Cells(h, columns)).ToList(),
            rows.Select(r => (r.Line, Cells(r, columns))).ToList(),
            hit,
            columns);
    }

    private static IReadOnlyList<string> Cells(TableRow row, int columns) =>
        Enumerable.Range(0, columns).Select(row.Text).ToList();
}
