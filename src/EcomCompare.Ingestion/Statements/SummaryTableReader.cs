using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Shapes;
using EcomCompare.Ingestion.Tables;

namespace EcomCompare.Ingestion.Statements;

/// <summary>
/// Reads the summary tables besides the budget table ("Bảng tổng hợp phân bổ nguồn kinh phí"): one row per funding
/// source (and a totals row) with a column per year and a total column, or one row per year with a column per
/// source. Every cell is a statement about the whole plan, checked against the facts.
/// </summary>
internal static class SummaryTableReader
{
    public static void Read(IEnumerable<PlanTable> tables, PlanText text, BudgetBuilder builder)
    {
        foreach (var table in tables.Where(t => t.Kind is TableKind.SourceRows or TableKind.YearRows))
        {
            table.Layout.ThrowIfUnknownLabels(text, builder.Labels);
            foreach (var row in table.Rows)
            {
                var values = table.Layout.Values(row, text).Select(v => (v.Column, Amount: table.Millions(v.Amount))).ToList();
                var totals = PlanTable.IsTotalsLabel(row.Label) || PlanTable.IsTotalsLabel(row.Code);
                if (table.Kind == TableKind.SourceRows)
                {
                    var source = totals ? (Text.SourceLabel?)null : builder.Classify(row.Label, row.Line, " in the summary table");
                    foreach (var (column, amount) in values)
                    {
                        builder.State(StatementKind.SummaryTable, StatementScope.Province, column.Year, source?.Source, amount ?? 0, row.Label,
                            row.Line, source?.Part);
                    }
                }
                else
                {
                    var year = totals ? null : PlanTable.YearOf(row.Code) ?? PlanTable.YearOf(row.Label);
                    foreach (var (column, amount) in values)
                    {
                        builder.State(StatementKind.SummaryTable, StatementScope.Province, year, column.Source, amount ?? 0,
                            row.Label.Length > 0 ? row.Label : row.Code, row.Line, column.Part);
                    }
                }
            }
        }
    }
}
