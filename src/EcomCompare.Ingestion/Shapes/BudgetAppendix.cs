using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>
/// Finds a document's budget table by its content — among every table of every appendix, the one whose value
/// columns hold money (years, funding sources or a total; cells that read as amounts, not "x" marks) — and hands
/// its data rows to the shape parser, skipping header rows repeated after page breaks. A timeline appendix (x per
/// year) is not money; two money tables are refused naming both.
/// </summary>
internal sealed class BudgetAppendix
{
    private BudgetAppendix(int headingLine, int lastLine, ColumnLayout layout, IReadOnlyList<TableRow> rows)
    {
        HeadingLine = headingLine;
        LastLine = lastLine;
        Layout = layout;
        Rows = rows;
    }

    /// <summary>The "Phụ lục" line.</summary>
    public int HeadingLine { get; }

    /// <summary>The last line of the appendix (the line before the next appendix, or the end).</summary>
    public int LastLine { get; }

    /// <summary>The column layout of the first header.</summary>
    public ColumnLayout Layout { get; }

    /// <summary>Data rows, header rows removed.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The table's last line with data.</summary>
    public int TableLastLine => Rows.Count > 0 ? Rows[^1].Line : Layout.FirstLine;

    public static BudgetAppendix Find(PlanText text, FundingSourceLabels labels)
    {
        var headings = text.AppendixHeadings();
        if (headings.Count == 0)
        {
            throw new IngestionException(text.Name, 0, "no budget appendix: no line reads 'Phụ lục'");
        }

        var money = new List<BudgetAppendix>();
        for (var h = 0; h < headings.Count; h++)
        {
            var last = h + 1 < headings.Count ? headings[h + 1] - 1 : text.Lines.Count;
            money.AddRange(Tables(text.Rows(headings[h], last), headings[h], last, labels, text.Name).Where(t => t.HoldsMoney()));
        }

        if (money.Count == 0)
        {
            throw new IngestionException(text.Name, headings[0], "no appendix has a budget table: no table has columns of money (years, funding sources or a total) with amounts in them");
        }

        if (money.Count > 1)
        {
            throw new IngestionException(text.Name, money[1].Layout.FirstLine,
                $"two tables look like the budget table: lines {money[0].Layout.FirstLine}–{money[0].TableLastLine} and lines {money[1].Layout.FirstLine}–{money[1].TableLastLine}; " +
                "keep one budget table in the appendices (or turn the other's amounts into text)");
        }

        var table = money[0];
        table.Layout.ThrowIfUnknownLabels(text.Name, labels);
        if (!table.Rows.Any(r => IsTotalsLabel(r.Code) || IsTotalsLabel(r.Label)))
        {
            throw new IngestionException(text.Name, table.TableLastLine,
                $"the budget table (lines {table.Layout.FirstLine}–{table.TableLastLine}) has no totals row ('Tổng cộng', 'Cộng'): the table ends early or the row is missing");
        }

        foreach (var row in table.Rows)
        {
            if (row.Cells.Count < table.Layout.Width)
            {
                throw new IngestionException(text.Name, row.Line,
                    $"the row has {row.Cells.Count} cells but the table has {table.Layout.Width}: the table ends early or the row was cut");
            }
        }

        return table;
    }

    /// <summary>
    /// The shape the table's columns and rows say it has: a column per year × source → <c>year-source-columns</c>;
    /// source columns with no year → <c>whole-period-columns</c>; year columns with funding-source rows under the
    /// items → <c>items-with-source-rows</c>.
    /// </summary>
    public string DetectShape(string document)
    {
        var values = Layout.Columns.Where(c => !c.IsTotal).ToList();
        if (values.Any(c => c.Year is not null && c.Source is not null))
        {
            return YearSourceColumnsParser.YearShape;
        }

        if (values.Count > 0 && values.All(c => c.Year is null && c.Source is not null))
        {
            return YearSourceColumnsParser.WholePeriodShape;
        }

        if (values.Count > 0 && values.All(c => c.Year is not null && c.Source is null) && Rows.Any(r => r.Code.Length == 0 && ItemsWithSourceRowsParser.IsSourceRowLabel(r.Label)))
        {
            return ItemsWithSourceRowsParser.ShapeName;
        }

        throw new IngestionException(document, Layout.FirstLine,
            "cannot tell the budget table's shape from its columns (a column per year × source, a column per source, or years with funding-source rows under each item): name it in manifest.tsv");
    }

    /// <summary>"Tổng cộng", "Tổng số tiền …", "Tổng kinh phí …", "Cộng".</summary>
    public static bool IsTotalsLabel(string text)
    {
        var key = CellText.Key(text);
        return key.StartsWith("tổng", StringComparison.Ordinal) || key is "cộng" or "cộng:";
    }

    // Every table of one appendix: a header starts one; a repeated identical header continues it; a different one starts the next.
    private static IEnumerable<BudgetAppendix> Tables(IReadOnlyList<TableRow> rows, int heading, int last, FundingSourceLabels labels, string document)
    {
        var i = 0;
        while (i < rows.Count)
        {
            if (!ColumnLayout.IsHeaderStart(rows[i]))
            {
                i++;
                continue;
            }

            var layout = ColumnLayout.Read(rows, i, labels);
            var data = new List<TableRow>();
            var j = i + layout.HeaderRowCount;
            for (; j < rows.Count; j++)
            {
                if (ColumnLayout.IsHeaderStart(rows[j]))
                {
                    var repeated = ColumnLayout.Read(rows, j, labels);
                    if (repeated.Width != layout.Width || !repeated.Years.SequenceEqual(layout.Years))
                    {
                        break; // another table
                    }

                    if (!repeated.Columns.SequenceEqual(layout.Columns))
                    {
                        layout.ThrowIfUnknownLabels(document, labels);
                        repeated.ThrowIfUnknownLabels(document, labels);
                        throw new IngestionException(document, rows[j].Line, "a repeated table header has different columns from the first one");
                    }

                    j += repeated.HeaderRowCount - 1;
                    continue;
                }

                if (!rows[j].IsBlank)
                {
                    data.Add(rows[j]);
                }
            }

            yield return new BudgetAppendix(heading, last, layout, data);
            i = j;
        }
    }

    // Money, not a timeline: value columns whose filled cells mostly read as amounts (a typo stays money and is reported by the parser).
    private bool HoldsMoney()
    {
        if (Layout.Columns.Count == 0 && Layout.UnknownLabels.Count == 0)
        {
            return false;
        }

        var indexes = Layout.Columns.Select(c => c.Index).Concat(Layout.UnknownLabels.Select(u => u.Column)).Distinct().ToList();
        int amounts = 0, other = 0;
        foreach (var row in Rows)
        {
            foreach (var c in indexes)
            {
                var cell = row.Text(c);
                if (cell.Length == 0 || cell is "-" or "–")
                {
                    continue;
                }

                if (VietnameseNumbers.TryParseAmount(cell, out var amount) && amount is not null)
                {
                    amounts++;
                }
                else
                {
                    other++;
                }
            }
        }

        return amounts > 0 && amounts >= other;
    }
}
