using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>
/// Finds a document's budget appendix — the first appendix whose table has year columns — and hands its data rows
/// to the shape parser, skipping header rows repeated after page breaks.
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

    public static BudgetAppendix Find(PlanText text)
    {
        var headings = text.AppendixHeadings();
        if (headings.Count == 0)
        {
            throw new IngestionException(text.Name, 0, "no budget appendix: no line reads 'Phụ lục'");
        }

        for (var h = 0; h < headings.Count; h++)
        {
            var last = h + 1 < headings.Count ? headings[h + 1] - 1 : text.Lines.Count;
            var rows = text.Rows(headings[h], last);
            var start = FirstHeader(rows);
            if (start < 0)
            {
                continue;
            }

            var layout = ColumnLayout.Read(rows, start, text.Name);
            if (layout.Years.Count == 0)
            {
                continue;
            }

            var data = new List<TableRow>();
            for (var i = start; i < rows.Count; i++)
            {
                if (ColumnLayout.IsHeaderStart(rows[i]))
                {
                    var repeated = ColumnLayout.Read(rows, i, text.Name);
                    if (repeated.Width != layout.Width || !repeated.Columns.SequenceEqual(layout.Columns))
                    {
                        throw new IngestionException(text.Name, rows[i].Line, "a repeated table header has different columns from the first one");
                    }

                    i += repeated.HeaderRowCount - 1;
                    continue;
                }

                if (rows[i].IsBlank)
                {
                    continue;
                }

                if (rows[i].Cells.Count < layout.Width)
                {
                    throw new IngestionException(text.Name, rows[i].Line,
                        $"the row has {rows[i].Cells.Count} cells but the table has {layout.Width}: the table ends early or the row was cut");
                }

                data.Add(rows[i]);
            }

            if (data.Count == 0)
            {
                throw new IngestionException(text.Name, rows[start].Line, "the budget table ends after its header: it has no rows");
            }

            if (!data.Any(r => IsTotalsLabel(r.Code) || IsTotalsLabel(r.Label)))
            {
                throw new IngestionException(text.Name, data[^1].Line, "the budget table ends early: it has no totals row ('Tổng cộng')");
            }

            return new BudgetAppendix(headings[h], last, layout, data);
        }

        throw new IngestionException(text.Name, headings[0], "no appendix has a budget table with year columns");
    }

    /// <summary>"Tổng cộng", "Tổng số tiền …", "Tổng kinh phí …", "Cộng".</summary>
    public static bool IsTotalsLabel(string text)
    {
        var key = CellText.Key(text);
        return key.StartsWith("tổng", StringComparison.Ordinal) || key is "cộng" or "cộng:";
    }

    private static int FirstHeader(IReadOnlyList<TableRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (ColumnLayout.IsHeaderStart(rows[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
