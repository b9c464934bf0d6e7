using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Shapes;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Statements;

/// <summary>
/// Reads the summary table in the plan's text ("Bảng tổng hợp phân bổ nguồn kinh phí"): one row per funding
/// source and a totals row, with a column per year and a total column (first or last).
/// </summary>
internal static class SummaryTableReader
{
    public static void Read(PlanText text, int beforeLine, BudgetBuilder builder)
    {
        var rows = text.Rows(1, beforeLine - 1);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!ColumnLayout.IsHeaderStart(rows[i]) || !CellText.Key(rows[i].Label).StartsWith("nguồn kinh phí", StringComparison.Ordinal))
            {
                continue;
            }

            var layout = ColumnLayout.Read(rows, i, builder.Labels);
            layout.ThrowIfUnknownLabels(text.Name, builder.Labels);
            for (var r = i + layout.HeaderRowCount; r < rows.Count && rows[r].Line - rows[r - 1].Line <= 1; r++)
            {
                var row = rows[r];
                var values = layout.Values(row, text.Name);
                FundingSource? source = null;
                if (!BudgetAppendix.IsTotalsLabel(row.Label) && !BudgetAppendix.IsTotalsLabel(row.Code))
                {
                    source = builder.Classify(row.Label, row.Line, " in the summary table");
                }

                foreach (var (column, amount) in values)
                {
                    builder.State(StatementKind.SummaryTable, StatementScope.Province, column.Year, source, amount ?? 0, row.Label, row.Line);
                }
            }

            i += layout.HeaderRowCount;
        }
    }
}
