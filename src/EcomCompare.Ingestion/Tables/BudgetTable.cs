using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Shapes;

namespace EcomCompare.Ingestion.Tables;

/// <summary>Which of a document's tables is its budget, and what a budget table must have.</summary>
internal static class BudgetTable
{
    /// <summary>
    /// The budget table: the one table of tasks with money; with none, the money by year (a row per year) or by
    /// source (a row per source, a column per year) of a plan that gives no task split. A timeline of x marks, a task
    /// list without money and a unit-cost breakdown are not money. Two tables of tasks with money are refused.
    /// </summary>
    public static PlanTable Choose(IReadOnlyList<PlanTable> tables, PlanText text)
    {
        var items = tables.Where(t => t.Kind == TableKind.Items).ToList();
        if (items.Count > 1)
        {
            throw text.Error(items[1].FirstLine,
                $"two tables look like the budget table: lines {items[0].FirstLine}–{items[0].LastLine} and lines {items[1].FirstLine}–{items[1].LastLine}; " +
                "keep one budget table (or turn the other's amounts into text)");
        }

        if (items.Count == 1)
        {
            return items[0];
        }

        var byYear = tables.FirstOrDefault(t => t.Kind == TableKind.YearRows)
            ?? tables.FirstOrDefault(t => t.Kind == TableKind.SourceRows && t.Layout.Years.Count > 0)
            ?? tables.FirstOrDefault(t => t.Kind == TableKind.SourceRows);
        if (byYear is not null)
        {
            return byYear;
        }

        var hint = tables.Count == 0
            ? "no table at all: a table's first row starts with 'TT' or 'STT' (a text file keeps its tables tab-separated; a PDF needs a text layer)"
            : $"{tables.Count} table(s), none with columns of money (years, funding sources or a total) holding amounts";
        throw text.Error(0, $"no budget table found — {hint}");
    }

    /// <summary>
    /// A budget table must end with a totals row ("Tổng cộng", "Cộng") unless the text states the plan's total: one
    /// or the other is how a table cut short shows.
    /// </summary>
    public static void RequireTotals(PlanTable table, PlanText text, BudgetBuilder builder)
    {
        if (table.Kind == TableKind.Items && !table.Rows.Any(r => PlanTable.IsTotalsLabel(r.Code) || PlanTable.IsTotalsLabel(r.Label))
            && !builder.Statements.Any(s => s.Kind == StatementKind.TextTotal))
        {
            throw text.Error(table.LastLine,
                $"the budget table (lines {table.FirstLine}–{table.LastLine}) has no totals row ('Tổng cộng', 'Cộng') and the text states no total: the table may end early; add the totals row");
        }

        foreach (var row in table.Rows)
        {
            if (row.Cells.Count < table.Layout.Width)
            {
                throw text.Error(row.Line, $"the row has {row.Cells.Count} cells but the table has {table.Layout.Width}: the table ends early or the row was cut");
            }
        }
    }
}
