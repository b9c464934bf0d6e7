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
        // A table starts at a line of two phrases or more, or at a line inside a table's borders followed by
        // another (a header row of one label over the rest, a cell's first line centred above its row's).
        var ruled = lines[start].Band is not null && start + 1 < lines.Count
            && lines[start + 1].Page == lines[start].Page && lines[start + 1].Band is not null;
        if (lines[start].Phrases.Count < 2 && !ruled)
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
        AnchorMergedCells(rows, columns);
        LiftCentredCodeAndLabel(rows);

        // A table has rows whose every phrase stands in one column (only its header's labels may span); lines of
        // justified prose that happen to have wide gaps cross each other's gutters.
        var clean = own.Count(row => row.All(p => ColumnFinder.Spans(columns, p) == 1));
        var rowsOfTwoCells = rows.Count(r => r.Render().Split('\t').Count(c => c.Length > 0) >= 2);
        return columns.Count >= 2 && clean >= 2 && clean * 2 >= own.Count && rowsOfTwoCells >= 2
            ? new FoundTable(rows, end)
            : null;
    }

    // The rows whose phrases say where the columns are: lines of two phrases or more, and the lines of one band
    // between a table's rules taken together (its cells' lines stand at different heights when centred).
    private static List<IReadOnlyList<Phrase>> MultiPhraseRows(IReadOnlyList<VisualLine> lines, int start, int end)
    {
        var rows = new List<IReadOnlyList<Phrase>>();
        for (var k = start; k < end && k < lines.Count;)
        {
            var next = k + 1;
            while (lines[k].Band is { } band && next < end && next < lines.Count && lines[next].Band == band && lines[next].Page == lines[k].Page)
            {
                next++;
            }

            var phrases = lines.Skip(k).Take(next - k).SelectMany(l => l.Phrases).ToList();
            if (phrases.Count >= 2)
            {
                rows.Add(phrases);
            }

            k = next;
        }

        return rows;
    }

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
    private static (List<RebuiltRow> Rows, int End) Build(
        IReadOnlyList<VisualLine> lines, int start, int end, IReadOnlyList<Column> columns, bool stopAtProse)
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
            var placed = Place(line, columns);

            // A row split by a page break goes on below the header repeated at the head of the page.
            if (RowBeforeRepeatedHeader(rows, line) is { } split && split.ContinuesWith(line, placed))
            {
                split.Continue(line, placed);
                continue;
            }

            if (rows.Count > 0 && rows[^1].ContinuesWith(line, placed))
            {
                rows[^1].Continue(line, placed);
                continue;
            }

            if (stopAtProse && line.Band is null && (k > lastMulti || IsProse(line, placed, columns)))
            {
                return (rows, k);
            }

            var row = new RebuiltRow(line, columns.Count, rows.Count > 0 && line.Page == rows[^1].Last.Page && IsGap(rows[^1].Last, line));
            row.Add(line, placed);
            rows.Add(row);
        }

        return (rows, end);
    }

    // Each phrase in its column. A row code run into its label with one space ("III Hỗ trợ …", as pdftotext writes
    // a tight table) is split where the code column ends.
    private static List<(int Column, Phrase Phrase)> Place(VisualLine line, IReadOnlyList<Column> columns)
    {
        var placed = new List<(int Column, Phrase Phrase)>();
        foreach (var phrase in line.Phrases)
        {
            if (placed.Count == 0 && columns.Count > 1 && phrase.Words.Count > 1 && Tokens.IsCodeOrAmount(phrase.Words[0].Text)
                && phrase.Words[0].Right <= columns[0].Right + phrase.Jitter && phrase.Words[1].Left >= columns[1].Left - phrase.Jitter
                && ColumnFinder.Spans(columns, phrase) > 1)
            {
                placed.Add((0, Phrase.Split(phrase.Words.Take(1).ToList(), double.MaxValue, phrase.Jitter)[0]));
                var rest = Phrase.Split(phrase.Words.Skip(1).ToList(), double.MaxValue, phrase.Jitter)[0];
                placed.Add((ColumnFinder.Assign(columns, rest), rest));
                continue;
            }

            placed.Add((ColumnFinder.Assign(columns, phrase), phrase));
        }

        return placed;
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

    // A table drawn with borders shows its merged cells: a word's cell begins at a band and a wall (see
    // PdfRules.Cell). Centred in the cell, the text stands lower and further right than the cell's first row and
    // column; it goes there, as the text form writes a merged cell — its text, then empty cells.
    private static void AnchorMergedCells(List<RebuiltRow> rows, IReadOnlyList<Column> columns)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var (column, word) in rows[r].Words().ToList())
            {
                if (word.CellBand is not { } band || word.CellLeft is not { } wall)
                {
                    continue;
                }

                var row = rows[r];
                var target = rows.Take(r + 1).LastOrDefault(t => t.First.Page == row.First.Page && t.First.Band == band) ?? row;
                var first = Math.Min(column, Enumerable.Range(0, columns.Count).FirstOrDefault(c => columns[c].Left >= wall - 1, column));
                if (target != row || first != column)
                {
                    row.Move(column, word, target, first);
                }
            }
        }

        rows.RemoveAll(r => r.IsEmpty);
    }

    // Word and the PDF writers centre a header cell that spans the header's rows ("TT", "Nội dung") vertically: its
    // text stands on a line between the header's own, or in a lower header row. In a header (the rows at the head
    // of the table, or of a page, before the first amount or row code), the code and label cells of a lower row go
    // up to the header's first row when that row's are empty, as the text form writes a merged cell: in the
    // header's first row. A lower row left with nothing else is dropped.
    private static void LiftCentredCodeAndLabel(List<RebuiltRow> rows)
    {
        for (var top = 0; top < rows.Count; top++)
        {
            if ((top > 0 && rows[top].First.Page == rows[top - 1].First.Page) || rows[top].Has(0) || rows[top].Has(1) || rows[top].HasAmount)
            {
                continue;
            }

            for (var k = top + 1; k < rows.Count && !rows[k].HasAmount && !rows[k].HasRowCode && rows[k].First.Page == rows[top].First.Page; k++)
            {
                if (rows[k].Has(0) || rows[k].Has(1))
                {
                    rows[top].TakeCodeAndLabel(rows[k]);
                    if (Enumerable.Range(0, rows[k].Width).All(c => !rows[k].Has(c)))
                    {
                        rows.RemoveAt(k);
                    }

                    break;
                }
            }
        }
    }

    private static bool IsProse(VisualLine line, List<(int Column, Phrase Phrase)> placed, IReadOnlyList<Column> columns) =>
        line.Phrases.Count == 1
            ? ColumnFinder.Spans(columns, line.Phrases[0]) > 1
            : placed[0].Column == 0 && ColumnFinder.Spans(columns, placed[0].Phrase) >= 3;
}
