using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>
/// Shape <c>items-with-source-rows</c> (Bình Định): columns Total, then one per year. Group rows (<c>1</c>…<c>6</c>)
/// and item rows (<c>2.1</c>, or no code at all) state amounts; the facts are the funding-source rows under each item
/// ("Nguồn kinh phí: - Ngân sách địa phương (30%)", "- Chương trình phát triển TMĐT quốc gia (70%)").
/// </summary>
internal sealed partial class ItemsWithSourceRowsParser : IBudgetTableParser
{
    public const string ShapeName = "items-with-source-rows";

    public string Shape => ShapeName;

    /// <summary>True for a funding-source row's label: "Nguồn kinh phí: - Ngân sách địa phương (30%)", "- Chương trình …".</summary>
    public static bool IsSourceRowLabel(string label) => SourceRow().IsMatch(label);

    public void Parse(BudgetAppendix appendix, ProvincePlan plan, BudgetBuilder builder)
    {
        var layout = appendix.Layout;
        if (layout.YearColumns.Any(c => c.Source is not null))
        {
            throw new IngestionException(builder.Document, appendix.Rows[0].Line, "this table has a column per funding source: its shape is year-source-columns, not items-with-source-rows");
        }

        BudgetItem? item = null;
        var itemHasSources = false;
        var afterTotals = false; // "Trong đó: - A" then "- B": source rows under the totals row break the total down
        foreach (var row in appendix.Rows)
        {
            var values = layout.Values(row, builder.Document);
            if (BudgetAppendix.IsTotalsLabel(row.Code) || BudgetAppendix.IsTotalsLabel(row.Label))
            {
                CloseItem(item, itemHasSources, builder);
                item = null;
                afterTotals = true;
                StateRow(StatementKind.TotalsRow, StatementScope.Province, null, values, row, builder);
            }
            else if (afterTotals && TotalsBreakdownLabel(row.Label) is { } sourceLabel)
            {
                StateRow(StatementKind.TotalsRow, StatementScope.Province, builder.Classify(sourceLabel, row.Line), values, row, builder);
            }
            else if (RowCodes.IsArabic(row.Code))
            {
                CloseItem(item, itemHasSources, builder);
                item = null;
                afterTotals = false;
                var code = RowCodes.Normalize(row.Code);
                builder.StartGroup(code, row.Label, row.Line, agency: plan.GroupKind == GroupKind.Agencies ? row.Label : null);
                StateRow(StatementKind.GroupHeader, StatementScope.Group(code), null, values, row, builder);
            }
            else if (SourceRow().Match(row.Label) is { Success: true } sourceRow && row.Code.Length == 0)
            {
                if (item is null)
                {
                    throw new IngestionException(builder.Document, row.Line, $"a funding-source row ('{row.Label}') with no item above it");
                }

                var source = builder.Classify(sourceRow.Groups["label"].Value, row.Line);
                itemHasSources = true;
                foreach (var (column, amount) in values)
                {
                    if (column.IsTotal)
                    {
                        if (amount is { } total)
                        {
                            builder.State(StatementKind.RowTotal, StatementScope.Item(item.GroupCode, item.Code), null, source, total, row.Label, row.Line);
                        }
                    }
                    else if (amount is { } a)
                    {
                        builder.AddFact(item.Code, column.Year!.Value, source, a, row.Line);
                    }
                }

                if (VietnameseNumbers.TryParsePercent(sourceRow.Groups["label"].Value, out var percent))
                {
                    builder.State(StatementKind.DeclaredShare, StatementScope.Item(item.GroupCode, item.Code), null, source, percent, row.Label, row.Line);
                }
            }
            else if (RowCodes.IsDotted(row.Code) || (row.Code.Length == 0 && row.Label.Length > 0))
            {
                CloseItem(item, itemHasSources, builder);
                item = builder.AddItem(row.Code.Length == 0 ? null : RowCodes.Normalize(row.Code), row.Label, row.Line);
                itemHasSources = false;
                StateRow(StatementKind.ItemRow, StatementScope.Item(item.GroupCode, item.Code), null, values, row, builder);
            }
            else
            {
                throw new IngestionException(builder.Document, row.Line, $"cannot tell what this row is: code '{row.Code}', label '{Shorten(row.Label)}'");
            }
        }

        CloseItem(item, itemHasSources, builder);
    }

    private static void CloseItem(BudgetItem? item, bool hasSources, BudgetBuilder builder)
    {
        if (item is not null && !hasSources)
        {
            throw new IngestionException(builder.Document, item.Source.Line,
                $"item {item.Code} has no funding-source rows under it: the table ends early or the rows are missing");
        }
    }

    // The row's own amounts: per year (all sources unless the row is about one) and, with Year null, its total column.
    private static void StateRow(StatementKind kind, StatementScope scope, FundingSource? source, IReadOnlyList<(ValueColumn Column, decimal? Amount)> values, TableRow row, BudgetBuilder builder)
    {
        foreach (var (column, amount) in values)
        {
            builder.State(kind, scope, column.Year, source, amount ?? 0, row.Label, row.Line);
        }
    }

    // "Trong đó: - Ngân sách địa phương", then "- Chương trình …": the totals row broken down by source.
    private static string? TotalsBreakdownLabel(string label)
    {
        var ofWhich = InWhichLabel().Match(label);
        if (ofWhich.Success)
        {
            return ofWhich.Groups["label"].Value;
        }

        var source = SourceRow().Match(label);
        return source.Success ? source.Groups["label"].Value : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^(?:nguồn kinh phí\s*:\s*)?-\s*(?<label>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceRow();

    [GeneratedRegex(@"^trong đó\s*:?\s*-?\s*(?<label>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InWhichLabel();
}
