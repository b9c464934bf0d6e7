using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>
/// Shapes with a value column per funding source. <c>year-source-columns</c> (Thái Bình, Cần Thơ): one column per
/// year × source (TW/ĐP/DN, Trung Ương/Địa phương). <c>whole-period-columns</c>: Tổng | Ngân sách Trung ương |
/// Ngân sách địa phương | Doanh nghiệp/XHH with no year split — its facts carry no year. Roman rows are groups —
/// task groups that state their own totals, or implementing agencies with no money of their own; Arabic rows are
/// items, numbered within their group (a dotted code such as <c>1.2</c> is kept as written); rows labelled
/// "Tổng …" are totals.
/// </summary>
internal sealed class YearSourceColumnsParser(bool wholePeriod) : IBudgetTableParser
{
    public const string YearShape = "year-source-columns";

    public const string WholePeriodShape = "whole-period-columns";

    public string Shape => wholePeriod ? WholePeriodShape : YearShape;

    public void Parse(BudgetAppendix appendix, ProvincePlan plan, BudgetBuilder builder)
    {
        var layout = appendix.Layout;
        var missing = layout.YearColumns.FirstOrDefault(c => c.Source is null || (c.Year is null) != wholePeriod);
        if (missing is not null)
        {
            var what = missing.Source is null ? "names no funding source" : wholePeriod ? $"is for {missing.Year}" : "names no year";
            throw new IngestionException(builder.Document, layout.FirstLine,
                $"column {missing.Index + 1} ('{layout.HeaderText(missing)}') {what}: the table's shape is not {Shape}");
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
            else if (RowCodes.IsArabic(row.Code) || RowCodes.IsDotted(row.Code) || (row.Code.Length == 0 && row.Label.Length > 0))
            {
                var code = row.Code.Length == 0 ? null : RowCodes.IsDotted(row.Code) ? RowCodes.Normalize(row.Code) : $"{builder.GroupCode}.{RowCodes.Normalize(row.Code)}";
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
                        builder.AddFact(item.Code, column.Year, column.Source!.Value, a, row.Line);
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
        if (layout.Years.Count == 0)
        {
            // Whole-period columns: each filled cell states its source (or, under Tổng, the grand total).
            foreach (var (column, amount) in filled)
            {
                builder.State(StatementKind.TotalsRow, StatementScope.Province, null, column.Source, amount!.Value, label, row.Line);
            }
        }
        else if (filled.Count == 1 && !filled[0].Column.IsTotal && filled[0].Column.Index == layout.YearColumns.First().Index && layout.Years.Count > 1)
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
