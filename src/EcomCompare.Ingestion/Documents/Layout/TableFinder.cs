namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>A table rebuilt from laid-out lines.</summary>
/// <param name="Rows">Its rows, each a line of tab-separated cells of the same width.</param>
/// <param name="End">Index of the first line after the table.</param>
internal sealed record FoundTable(IReadOnlyList<RebuiltRow> Rows, int End);

/// <summary>
/// Finds where a table starts and ends among laid-out lines and rebuilds its rows: rows from lines (a line of two
/// or more phrases starts a table), columns from <see cref="ColumnFinder"/>, wrapped cells joined to their row.
/// A table runs on over a page break when the next page's lines stand in the same columns (a repeated header
/// row is just a row), and ends at a wide vertical gap, at prose that crosses its columns, or at a line after its
/// last row that continues no cell.
/// </summary>
internal static class TableFinder
{
    // Lines further apart than this many font heights are not in one table (an empty paragraph lies between).
    private const double TableGap = 2.6;

    // Work stays linear in long documents: a candidate table ends this many lines after its last line of two
    // phrases (no row wraps onto more), and a page break compares the columns of this many rows above it.
    private const int MaxWrappedLines = 40;
    private const int RowsAboveBreak = 60;

    /// <summary>The table that starts at <paramref name="lines"/>[<paramref name="start"/>], or null when none does.</summary>
    /// <remarks>
    /// The lines of a page the table may run on to can be replaced by the same lines moved onto the table's
    /// columns (<see cref="PageAlignment"/>, for layout text, whose pages place one column differently); the
    /// move keeps their order and gaps, so it does no harm when the table turns out to end before that page.
    /// </remarks>
    public static FoundTable? At(List<VisualLine> lines, int start)
    {
        if (lines[start].Phrases.Count < 2)
        {
            return null;
        }

        var candidateEnd = CandidateEnd(lines, start);
        var columns = ColumnFinder.Find(MultiPhraseRows(lines, start, candidateEnd));
        if (columns.Count < 2)
        {
            return null;
        }

        var (_, end) = Build(lines, start, candidateEnd, columns, stopAtProse: true);

        // The columns again from the table's own lines only, then its rows with them.
        var own = MultiPhraseRows(lines, start, end);
        columns = ColumnFinder.Find(own);
        var (rows, _) = Build(lines, start, end, columns, stopAtProse: false);

        // A table has rows whose every phrase stands in one column (only its header's labels may span); lines of
        // justified prose that happen to have wide gaps cross each other's gutters.
        var clean = own.Count(row => row.All(p => ColumnFinder.Spans(columns, p) == 1));
        return columns.Count >= 2 && clean >= 2 && clean * 2 >= own.Count && rows.Count(r => r.Render().Split('\t').Count(c => c.Length > 0) >= 2) >= 2
            ? new FoundTable(rows, end)
            : null;
    }

    private static List<IReadOnlyList<Phrase>> MultiPhraseRows(IReadOnlyList<VisualLine> lines, int start, int end) =>
        lines.Skip(start).Take(end - start).Where(l => l.Phrases.Count >= 2).Select(l => l.Phrases).ToList();

    // The lines that may be one table: lines close together; over a page break, the next page's lines when they
    // stand in the same columns (or carry no second phrase at all: rows' wrapped ends, or prose, which the rows
    // then refuse); over a wide gap on the page, the next lines when they stand in the same columns (one table
    // that a page break in the source cut in two, written as two tables with an empty paragraph between).
    private static int CandidateEnd(List<VisualLine> lines, int start)
    {
        var end = start + 1;
        var lastMulti = start;
        for (; end < lines.Count && end - lastMulti <= MaxWrappedLines; end++)
        {
            var previous = lines[end - 1];
            var line = lines[end];
            if (line.Phrases.Count >= 2)
            {
                lastMulti = end;
            }

            var gap = line.Page == previous.Page && IsGap(previous, line);
            if (line.Page == previous.Page && !gap)
            {
                continue;
            }

            if (line.Page != previous.Page && line.Page != previous.Page + 1)
            {
                break;
            }

            var runEnd = end + 1;
            while (runEnd < lines.Count && lines[runEnd].Page == line.Page && !IsGap(lines[runEnd - 1], lines[runEnd]))
            {
                runEnd++;
            }

            var next = MultiPhraseRows(lines, end, runEnd);
            var table = ColumnFinder.Find(MultiPhraseRows(lines, Math.Max(start, end - RowsAboveBreak), end));
            if (!gap && line.Jitter > 0 && next.Count > 0)
            {
                var pageEnd = end;
                while (pageEnd < lines.Count && lines[pageEnd].Page == line.Page)
                {
                    pageEnd++;
                }

                if (PageAlignment.Onto(table, ColumnFinder.Find(next), lines.GetRange(end, pageEnd - end)) is { } moved)
                {
                    lines.RemoveRange(end, pageEnd - end);
                    lines.InsertRange(end, moved);
                    next = MultiPhraseRows(lines, end, runEnd);
                }
            }

            if ((gap && next.Count == 0) || (next.Count > 0 && !ColumnFinder.Continues(table, ColumnFinder.Find(next), line.Jitter)))
            {
                break;
            }
        }

        return end;
    }

    /// <summary>True when two lines of a page are further apart than lines of one table.</summary>
    public static bool IsGap(VisualLine above, VisualLine below) => below.Baseline - above.Baseline > TableGap * Math.Max(above.Height, below.Height);

    // Rows from lines[start..end): a line continues the row above when its phrases finish that row's wrapped cells,
    // else it starts a row. With stopAtProse, the table ends before a line that is no row: one phrase across
    // columns (prose), a line of prose starting in the first column and crossing two gutters, or a line after the
    // last line of two phrases that continues no cell.
    private static (List<RebuiltRow> Rows, int End) Build(IReadOnlyList<VisualLine> lines, int start, int end, IReadOnlyList<Column> columns, bool stopAtProse)
    {
        var lastMulti = start;
        for (var k = start; k < end; k++)
        {
            if (lines[k].Phrases.Count >= 2)
            {
                lastMulti = k;
            }
        }

        var rows = new List<RebuiltRow>();
        for (var k = start; k < end; k++)
        {
            var line = lines[k];
            var placed = line.Phrases.Select(p => (Column: ColumnFinder.Assign(columns, p), Phrase: p)).ToList();

            // A row split by a page break goes on below the header repeated at the head of the page.
            if (RowBeforeRepeatedHeader(rows, line) is { } split && split.ContinuesWith(line, placed))
            {
                split.Add(line, placed);
                continue;
            }

            if (rows.Count > 0 && rows[^1].ContinuesWith(line, placed))
            {
                rows[^1].Add(line, placed);
                continue;
            }

            if (stopAtProse && (k > lastMulti || IsProse(line, placed, columns)))
            {
                return (rows, k);
            }

            var row = new RebuiltRow(line, columns.Count, rows.Count > 0 && line.Page == rows[^1].Last.Page && IsGap(rows[^1].Last, line));
            row.Add(line, placed);
            rows.Add(row);
        }

        return (rows, end);
    }

    // When the rows on the line's page so far repeat the table's first rows (a header repeated after a page
    // break), the row above them on the page before; else null.
    private static RebuiltRow? RowBeforeRepeatedHeader(List<RebuiltRow> rows, VisualLine line)
    {
        var onPage = rows.Count - rows.FindLastIndex(r => r.First.Page != line.Page) - 1;
        if (onPage == 0 || onPage == rows.Count || onPage > 3 || rows[0].First.Page == line.Page)
        {
            return null;
        }

        var header = rows.Take(onPage).Select(r => r.Render()).ToList();
        return rows.Skip(rows.Count - onPage).Select(r => r.Render()).SequenceEqual(header) ? rows[^(onPage + 1)] : null;
    }

    private static bool IsProse(VisualLine line, List<(int Column, Phrase Phrase)> placed, IReadOnlyList<Column> columns) =>
        line.Phrases.Count == 1
            ? ColumnFinder.Spans(columns, line.Phrases[0]) > 1
            : placed[0].Column == 0 && ColumnFinder.Spans(columns, placed[0].Phrase) >= 3;
}
