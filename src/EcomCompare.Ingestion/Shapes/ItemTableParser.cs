using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Tables;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>
/// Reads a budget table of tasks — group rows, item rows, totals rows — in any of the layouts plans use, told apart
/// by content, never by province:
/// <list type="bullet">
/// <item>money by column: a column per year × source (either nesting, parts of a source too), per source with no
/// year (the whole period), with total columns anywhere (the row's, a year's, a source's: statements to check);</item>
/// <item>money by row: year columns, and under each item one row per funding source ("Nguồn kinh phí: - Ngân sách
/// địa phương (30%)"), the item row's own amounts then being statements;</item>
/// <item>groups numbered in Roman (I, II; items 1, 2 → <c>I.1</c>), in letters (A, B; items <c>A.1</c>) or in Arabic
/// with dotted items (1; items 1.1, 1.2 or uncoded → <c>1.(1)</c>); a table of items and no groups;</item>
/// <item>text columns (lead agency, partners, timing, output, notes) kept with each item.</item>
/// </list>
/// Totals rows ("Tổng cộng", "Cộng") and the rows under them ("Trong đó: - NSTW") are statements.
/// </summary>
internal static partial class ItemTableParser
{
    /// <summary>The table shape's name for the check report and the cube: what the money columns are.</summary>
    public static string ShapeOf(PlanTable table, bool sourceRows) =>
        sourceRows ? "items-with-source-rows"
        : table.Layout.YearColumns.Any(c => c.Year is not null) ? "year-source-columns"
        : "whole-period-columns";

    /// <summary>True for a funding-source row's label: "Nguồn kinh phí: - Ngân sách địa phương (30%)", "- Chương trình …".</summary>
    public static bool IsSourceRowLabel(string label) => SourceRow().IsMatch(label);

    public static string Parse(PlanTable table, PlanText text, ProvincePlan plan, BudgetBuilder builder)
    {
        var layout = table.Layout;
        var scheme = Scheme.Of(table.Rows, builder.Labels, layout.HasSourceColumns);
        var sourceRows = !layout.HasSourceColumns;
        if (layout.Years.Count > 0 && layout.YearColumns.FirstOrDefault(c => c.Year is null) is { } yearless)
        {
            // In a table of years, money under no year would count in no year at all: the header lost a year's span.
            throw text.Error(layout.FirstLine,
                $"column {yearless.Index + 1} ('{layout.HeaderText(yearless)}') holds {yearless.Describe()} money under no year, while the table's other money columns are by year: " +
                "the header must put a year (or a total) over every money column");
        }

        if (sourceRows && layout.YearColumns.Any(c => c.Year is null))
        {
            var column = layout.YearColumns.First(c => c.Year is null);
            throw text.Error(layout.FirstLine, $"column {column.Index + 1} ('{layout.HeaderText(column)}') names no year and no funding source: the header must say which money each column holds");
        }

        BudgetItem? item = null;
        var itemHasSources = false;
        var afterTotals = false;
        var anySourceRow = false;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var values = layout.Values(row, text).Select(v => (v.Column, Amount: table.Millions(v.Amount))).ToList();
            var texts = layout.Texts(row);
            if (PlanTable.IsTotalsLabel(row.Code) || PlanTable.IsTotalsLabel(row.Label))
            {
                CloseItem(item, itemHasSources, sourceRows, builder, text);
                item = null;
                afterTotals = true;
                StateTotals(row, values, layout, builder);
            }
            else if (afterTotals && row.Code.Length == 0 && TotalsBreakdownLabel(row.Label) is { } breakdown
                && builder.Labels.TryRead(breakdown) is { } part)
            {
                foreach (var (column, amount) in values.Where(v => v.Column.Source is null || v.Column.Source == part.Source))
                {
                    builder.State(StatementKind.TotalsRow, StatementScope.Province, column.Year, part.Source, amount ?? 0, row.Label, row.Line,
                        part.Part ?? column.Part);
                }
            }
            else if (scheme.IsGroup(row))
            {
                CloseItem(item, itemHasSources, sourceRows, builder, text);
                item = null;
                afterTotals = false;
                var code = RowCodes.Normalize(row.Code);
                var agencyCell = texts.FirstOrDefault(t => t.Attribute == ItemAttribute.Agency).Text;
                builder.StartGroup(code, row.Label, row.Line, agency: plan.GroupKind == GroupKind.Agencies ? row.Label : null,
                    groupAgency: agencyCell);
                if (values.Any(v => v.Amount is not null))
                {
                    // A group row with money states its group's amount in every cell: an empty cell states zero.
                    foreach (var (column, amount) in values)
                    {
                        builder.State(StatementKind.GroupHeader, StatementScope.Group(code), column.Year, column.Source, amount ?? 0, row.Label,
                            row.Line, column.Part);
                    }
                }
            }
            else if (text.FromLaidOutText && item is not null && row.Code.Length == 0 && values.All(v => v.Amount is null)
                     && builder.Items[^1] == item && SourceRowLabel(row.Label, builder.Labels) is null)
            {
                // Text laid out with spaces: a line of words alone under an item is the end of its wrapped name.
                item = builder.ContinueName(item, row.Label);
            }
            else if (scheme.IsSkipped(row))
            {
                // A level above the groups (letters over Roman groups): its amounts are its groups' sums, not facts.
            }
            else if (sourceRows && row.Code.Length == 0 && item is not null && SourceRowLabel(row.Label, builder.Labels) is { } sourceLabel)
            {
                var source = builder.Classify(sourceLabel, row.Line);
                itemHasSources = true;
                anySourceRow = true;
                if (source.Part is null && PartRowFollows(table.Rows, r, source.Source, builder.Labels))
                {
                    // "- NSĐP" over "+ Ngân sách cấp tỉnh", "+ Ngân sách cấp huyện": the source's row sums its parts' rows.
                    foreach (var (column, amount) in values.Where(v => !v.Column.IsTotal || v.Column.Year is null))
                    {
                        var kind = column.IsTotal ? StatementKind.RowTotal : StatementKind.ItemRow;
                        builder.State(kind, StatementScope.Item(item.GroupCode, item.Code), column.Year, source.Source, amount ?? 0, row.Label,
                            row.Line);
                    }

                    continue;
                }

                foreach (var (column, amount) in values)
                {
                    if (column.IsTotal)
                    {
                        if (amount is { } total && column.Year is null)
                        {
                            builder.State(StatementKind.RowTotal, StatementScope.Item(item.GroupCode, item.Code), null, source.Source, total,
                                row.Label, row.Line, source.Part);
                        }
                    }
                    else if (amount is { } a)
                    {
                        builder.AddFact(item.Code, column.Year!.Value, source.Source, a, row.Line, source.Part);
                    }
                }

                if (VietnameseNumbers.TryParsePercent(sourceLabel, out var percent))
                {
                    builder.State(StatementKind.DeclaredShare, StatementScope.Item(item.GroupCode, item.Code), null, source.Source, percent,
                        row.Label, row.Line, source.Part);
                }
            }
            else if (scheme.IsItem(row))
            {
                CloseItem(item, itemHasSources, sourceRows, builder, text);
                afterTotals = false;
                if (scheme.Groups == GroupLevel.None)
                {
                    builder.StartImplicitGroup(row.Line);
                }

                var code = row.Code.Length == 0 ? null
                    : RowCodes.IsDotted(row.Code) || scheme.Groups == GroupLevel.None ? RowCodes.Normalize(row.Code)
                    : $"{builder.GroupCode}.{RowCodes.Normalize(row.Code)}";
                var agency = texts.FirstOrDefault(t => t.Attribute == ItemAttribute.Agency).Text;
                item = builder.AddItem(code, row.Label, row.Line, agency, Attributes(texts));
                itemHasSources = false;
                if (sourceRows)
                {
                    foreach (var (column, amount) in values)
                    {
                        builder.State(StatementKind.ItemRow, StatementScope.Item(item.GroupCode, item.Code), column.Year, null, amount ?? 0,
                            row.Label, row.Line);
                    }

                    continue;
                }

                foreach (var (column, amount) in values)
                {
                    if (column.IsTotal)
                    {
                        if (amount is { } total)
                        {
                            builder.State(StatementKind.RowTotal, StatementScope.Item(item.GroupCode, item.Code), column.Year, column.Source, total,
                                row.Label, row.Line, column.Part);
                        }
                    }
                    else if (amount is { } a)
                    {
                        builder.AddFact(item.Code, column.Year, column.Source!.Value, a, row.Line, column.Part);
                    }
                }
            }
            else
            {
                throw text.Error(row.Line, $"cannot tell what this row is: code '{row.Code}', label '{Shorten(row.Label)}' ({scheme.Describe()})");
            }
        }

        if (sourceRows && !anySourceRow && builder.Items.Count > 0)
        {
            throw text.Error(layout.FirstLine,
                $"the budget table ({table.Where(text)}) names no funding source: its columns are years with no source over them, and no item has rows for its sources under it " +
                "('- Ngân sách địa phương'); say which money each column holds (e.g. 'NSTW', 'NSĐP' under each year)");
        }

        CloseItem(item, itemHasSources, sourceRows, builder, text);
        return ShapeOf(table, sourceRows);
    }

    // The next row is a part of the same source ("+ Ngân sách cấp huyện" under "- NSĐP").
    private static bool PartRowFollows(IReadOnlyList<TableRow> rows, int r, FundingSource source, FundingSourceLabels labels) =>
        r + 1 < rows.Count && rows[r + 1].Code.Length == 0 && SourceRowLabel(rows[r + 1].Label, labels) is { } next
        && labels.TryRead(next) is { Part: not null } part && part.Source == source;

    private static Dictionary<string, string> Attributes(IReadOnlyList<(ItemAttribute Attribute, string Header, string Text)> texts) =>
        texts.Where(t => t.Attribute != ItemAttribute.Agency)
            .GroupBy(t => t.Attribute.ToString().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => string.Join(" · ", g.Select(t => t.Text)), StringComparer.Ordinal);

    private static void CloseItem(BudgetItem? item, bool hasSources, bool sourceRows, BudgetBuilder builder, PlanText text)
    {
        if (item is not null && sourceRows && !hasSources && builder.Items.Count > 1 && builder.Facts.Count > 0)
        {
            throw text.Error(item.Source.Line, $"item {item.Code} has no funding-source rows under it: the table ends early or the rows are missing");
        }
    }

    /// <summary>
    /// A totals row's cells mean different things by where they stand, since merged cells lost their span: one
    /// number under the first money column → the plan's grand total; numbers only under each year's first column →
    /// per-year totals of all sources; otherwise each cell is its own column's.
    /// </summary>
    private static void StateTotals(TableRow row, List<(ValueColumn Column, decimal? Amount)> values, ColumnLayout layout, BudgetBuilder builder)
    {
        var label = row.Label.Length > 0 ? $"{row.Code} {row.Label}".Trim() : row.Code;
        var filled = values.Where(v => v.Amount is not null).ToList();
        var firstOfYear = layout.YearColumns.Where(c => c.Source is not null).GroupBy(c => c.Year).Select(g => g.First().Index).ToHashSet();
        var sourcesPerYear = layout.YearColumns.Where(c => c.Source is not null
            && c.Year is not null).GroupBy(c => c.Year).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        if (layout.Years.Count == 0)
        {
            foreach (var (column, amount) in filled)
            {
                builder.State(StatementKind.TotalsRow, StatementScope.Province, null, column.Source, amount!.Value, label, row.Line, column.Part);
            }
        }
        else if (sourcesPerYear > 1 && filled.Count == 1 && !filled[0].Column.IsTotal && filled[0].Column.Index == layout.YearColumns.First().Index
            && layout.Years.Count > 1)
        {
            builder.State(StatementKind.TotalsRow, StatementScope.Province, null, null, filled[0].Amount!.Value, label, row.Line);
        }
        else if (sourcesPerYear > 1 && filled.Count > 0 && filled.All(v => firstOfYear.Contains(v.Column.Index)))
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
                builder.State(StatementKind.TotalsRow, StatementScope.Province, column.Year, column.Source, amount ?? 0, label, row.Line,
                    column.Part);
            }
        }
    }

    // "Nguồn kinh phí: - Ngân sách địa phương (30%)", "- Chương trình …", "+ NSTW", or a label that is nothing but a source.
    private static string? SourceRowLabel(string label, FundingSourceLabels labels)
    {
        var bulleted = SourceRow().Match(label);
        if (bulleted.Success)
        {
            return bulleted.Groups["label"].Value;
        }

        return PureSource().IsMatch(CellText.Key(label)) && labels.TryRead(label) is not null ? label : null;
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

    [GeneratedRegex(@"^(?:nguồn (?:kinh phí|vốn)\s*:?\s*)?[-–+•]\s*(?<label>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceRow();

    // Labels that open the way a source's name does: "Ngân sách …", "Vốn …", "Nguồn …", "NSTW", "Doanh nghiệp", "Xã hội hóa".
    [GeneratedRegex(@"^(?:ngân sách|ngan sach|vốn|nguồn|kinh phí (?:từ|ngân sách|trung ương|địa phương)|ns\s*\S+$|nstw|nsđp|nsdp|tw$|đp$|dn$|xhh$|doanh nghiệp(?: đối ứng)?$|xã hội hóa|chương trình (?:phát triển )?(?:tmđt|thương mại điện tử))", RegexOptions.CultureInvariant)]
    private static partial Regex PureSource();

    [GeneratedRegex(@"^trong đó\s*:?\s*-?\s*(?<label>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InWhichLabel();
}
