using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Tables;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>
/// Money by year (and source) with no task split: a table with one row per year ("Năm | Tổng | NSTW | NSĐP | DN"),
/// or one row per source with a column per year, when the plan has no budget table of tasks. The money goes to
/// one item of the plan, "not broken down by task" (category <see cref="Categories.Taxonomy.Untasked"/>), so that
/// the province's totals, years and sources are all in the cube; the build warns that it has no task split.
/// </summary>
internal static class ByYearParser
{
    public const string YearRowsShape = "year-rows";

    public const string SourceRowsShape = "source-rows";

    public static string Parse(PlanTable table, PlanText text, BudgetBuilder builder)
    {
        var layout = table.Layout;
        BudgetItem? item = null;
        foreach (var row in table.Rows)
        {
            var values = layout.Values(row, text).Select(v => (v.Column, Amount: table.Millions(v.Amount))).ToList();
            var label = row.Label.Length > 0 ? row.Label : row.Code;
            if (PlanTable.IsTotalsLabel(row.Code) || PlanTable.IsTotalsLabel(row.Label))
            {
                foreach (var (column, amount) in values)
                {
                    builder.State(StatementKind.TotalsRow, StatementScope.Province, column.Year, column.Source, amount ?? 0, label, row.Line,
                        column.Part);
                }

                continue;
            }

            item ??= builder.AddUntaskedItem(row.Line);
            var scope = StatementScope.Item(item.GroupCode, item.Code);
            if (table.Kind == TableKind.YearRows)
            {
                var year = PlanTable.YearOf(row.Code) ?? PlanTable.YearOf(row.Label)!.Value;
                foreach (var (column, amount) in values.Where(v => v.Amount is not null))
                {
                    if (column.IsTotal)
                    {
                        builder.State(StatementKind.RowTotal, scope, year, column.Source, amount!.Value, label, row.Line, column.Part);
                    }
                    else
                    {
                        builder.AddFact(item.Code, year, column.Source!.Value, amount!.Value, row.Line, column.Part);
                    }
                }
            }
            else
            {
                var source = builder.Classify(row.Label, row.Line, " in the table of money by source");
                foreach (var (column, amount) in values.Where(v => v.Amount is not null))
                {
                    if (column.IsTotal)
                    {
                        builder.State(StatementKind.RowTotal, scope, column.Year, source.Source, amount!.Value, label, row.Line, source.Part);
                    }
                    else
                    {
                        builder.AddFact(item.Code, column.Year, source.Source, amount!.Value, row.Line, source.Part);
                    }
                }
            }
        }

        return table.Kind == TableKind.YearRows ? YearRowsShape : SourceRowsShape;
    }
}
