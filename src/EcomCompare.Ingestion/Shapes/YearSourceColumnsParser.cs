using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>
/// Shape <c>year-source-columns</c> (Thái Bình, Cần Thơ): one value column per year × funding source
/// (TW/ĐP/DN, Trung Ương/Địa phương). Roman rows are groups — task groups that state their own totals, or
/// implementing agencies with no money of their own; Arabic rows are items, numbered within their group; rows
/// labelled "Tổng …" are totals.
/// </summary>
internal sealed class YearSourceColumnsParser : IBudgetTableParser
{
    public string Shape => "year-source-columns";

    public void Parse(BudgetAppendix appendix, ProvincePlan plan, BudgetBuilder builder)
    {
        var layout = appendix.Layout;
        var missing = layout.YearColumns.FirstOrDefault(c => c.Source is null);
        if (missing is not null)
        {
            throw new IngestionException(builder.Document, appendix.HeadingLine,
                $"column {missing.Index + 1} ({missing.Year}) names no funding source: its shape is not year-source-columns, or a source label is unknown");
        }

        foreach (var row in appendix.Rows)
        {
            var values = layout.Values(row, builder.Document);
            if (BudgetAppendix.IsTotalsLabel(row.Code) || BudgetAppendix.IsTotalsLabel(row.Label))
            {
                StateTotals(row, values, layout, builder);
            }
            else if (RowCodes.IsRoman(row.Code))
            {
                var code = RowCodes.Normalize(row.Code);
                builder.StartGroup(code, row.Label, row.Line, agency: plan.GroupKind == GroupKind.Agencies ? row.Label : null);
                if (values.Any(v => v.Amount is not null))
                {
                    // A group row with money states its group's amount in every cell: an empty cell states zero.
                    foreach (var (column, amount) in values)
                    {
                        builder.State(StatementKind.GroupHeader, StatementScope.Group(code), column.Year, column.Source, amount ?? 0, row.Label, row.Line);
                    }
                }
            }
            else if (RowCodes.IsArabic(row.Code) || (row.Code.Length == 0 && row.Label.Length > 0))
            {
                var code = row.Code.Length == 0 ? null : $"{builder.GroupCode}.{RowCodes.Normalize(row.Code)}";
                var item = builder.AddItem(code, row.Label, row.Line);
                foreach (var (column, amount) in values)
                {
                    if (column.IsTotal)
                    {
                        if (amount is { } total)
                        {
                            builder.State(StatementKind.RowTotal, StatementScope.Item(item.GroupCode, item.Code), null, null, total, row.Label, row.Line);
                        }
                    }
                    else if (amount is { } a)
                    {
                        builder.AddFact(item.Code, column.Year!.Value, column.Source!.Value, a, row.Line);
                    }
                }
            }
            else
            {
                throw new IngestionException(builder.Document, row.Line, $"cannot tell what this row is: code '{row.Code}', label '{row.Label}'");
            }
        }
    }

    /// <summary>
    /// A totals row's cells mean different things by where they stand, since merged cells lost their span:
    /// one number → the plan's grand total; numbers only under each year's first column → per-year totals
    /// of all sources; otherwise each cell is its year × source.
    /// </summary>
    private static void StateTotals(TableRow row, IReadOnlyList<(ValueColumn Column, decimal? Amount)> values, ColumnLayout layout, BudgetBuilder builder)
    {
        var label = row.Label.Length > 0 ? $"{row.Code} {row.Label}".Trim() : row.Code;
        var filled = values.Where(v => v.Amount is not null).ToList();
        var firstOfYear = layout.YearColumns.GroupBy(c => c.Year).Select(g => g.First().Index).ToHashSet();
        if (filled.Count == 1 && !filled[0].Column.IsTotal && filled[0].Column.Index == layout.YearColumns.First().Index && layout.Years.Count > 1)
        {
            builder.State(StatementKind.TotalsRow, StatementScope.Province, null, null, filled[0].Amount!.Value, label, row.Line);
        }
        else if (filled.Count > 0 && filled.All(v => firstOfYear.Contains(v.Column.Index)))
        {
            foreach (var (column, amount) in values.Where(v => firstOfYear.Contains(v.Column.Index)))
            {
                builder.State(StatementKind.TotalsRow, StatementScope.Province, column.Year, null, amount ?? 0, label, row.Line);
            }
        }
        else
        {
            foreach (var (column, amount) in values)
            {
                builder.State(StatementKind.TotalsRow, StatementScope.Province, column.Year, column.Source, amount ?? 0, label, row.Line);
            }
        }
    }
}
