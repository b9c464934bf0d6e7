using EcomCompare.Cube.Query;

namespace EcomCompare.Charts.Exports;

/// <summary>The dashboard's pages, as far as their exports are concerned.</summary>
public enum ExportPage
{
    /// <summary><c>/</c>: the funding split (whole period, one year, small multiples by year).</summary>
    FundingSplit,
    /// <summary><c>/trends</c>: money per year, lines or columns, and the co-financing ratio.</summary>
    Trends,
    /// <summary><c>/categories</c>: harmonized categories or each province's own groups × provinces.</summary>
    Categories,
    /// <summary><c>/explorer</c>: the pivot.</summary>
    Explorer,
    /// <summary><c>/targets</c>: the 2025 targets.</summary>
    Targets,
    /// <summary><c>/quality</c>: the discrepancies.</summary>
    Quality,
}

/// <summary>
/// One view as its exports need it: the page, its slice, the UI language and the page's switches. Values are the
/// dashboard's own address tokens (<c>mode=multiples</c>, <c>measure=row</c>, <c>by=native</c>, …).
/// </summary>
public sealed record ExportView(ExportPage Page, CubeSlice Slice, string Language)
{
    /// <summary>Funding split: <c>period</c>, <c>year</c> (the slice holds the one year) or <c>multiples</c>; trends: <c>lines</c> or <c>columns</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Funding split's multiples and categories: <c>share</c> or <c>amount</c>; explorer: <c>amount</c>, <c>row</c>, <c>col</c> or <c>total</c>.</summary>
    public string? Measure { get; init; }

    /// <summary>Categories: <c>category</c> (harmonized) or <c>native</c> (each province's own groups).</summary>
    public string? Grouping { get; init; }

    /// <summary>Explorer: the row dimensions, outermost first.</summary>
    public IReadOnlyList<CubeDimension> Rows { get; init; } = [];

    /// <summary>Explorer: the column dimension, or none.</summary>
    public CubeDimension? Column { get; init; }

    /// <summary>Explorer: subtotal rows shown.</summary>
    public bool Subtotals { get; init; } = true;
}

/// <summary>Where a view's numbers can be taken from.</summary>
/// <param name="OData">The OData query of the view's numbers.</param>
/// <param name="MoreOData">Further OData queries behind the view, by what they return (<c>budget</c>).</param>
/// <param name="Workbook">The .xlsx of the view.</param>
/// <param name="Charts">The chart images that draw the view (none where the charts do not draw it).</param>
public sealed record ViewExports(string OData, IReadOnlyList<(string Kind, string Address)> MoreOData, string Workbook, IReadOnlyList<ChartLink> Charts);

/// <summary>A chart image of a view, in SVG and PNG.</summary>
/// <param name="Chart">The chart name (<c>funding-split</c>, …).</param>
/// <param name="Measure">Its measure, where the chart has one.</param>
/// <param name="Svg">Relative SVG address.</param>
/// <param name="Png">Relative PNG address.</param>
public sealed record ChartLink(string Chart, string? Measure, string Svg, string Png);

/// <summary>Turns a view into its export addresses: the OData query, the workbook and the chart images.</summary>
public static class ViewExporter
{
    public static ViewExports For(ExportView view)
    {
        var slice = view.Slice;
        var lang = view.Language == "en" ? "en" : "vi";
        ChartLink Chart(string chart, string? measure, string? layout = null) =>
            new(chart, measure, ExportAddress.Chart(chart, "svg", slice, measure, layout, lang), ExportAddress.Chart(chart, "png", slice, measure, layout, lang));

        switch (view.Page)
        {
            case ExportPage.FundingSplit when view.Mode == "multiples":
            {
                var measure = view.Measure == "amount" ? "amount" : "share";
                return new ViewExports(
                    ExportAddress.BudgetLines(slice, "ProvinceCode", "Year", "SourceCode"),
                    [],
                    ExportAddress.Workbook("funding-split", slice, lang, ("layout", "multiples")),
                    [Chart("funding-split", measure, "multiples")]);
            }

            case ExportPage.FundingSplit:
                return new ViewExports(
                    ExportAddress.BudgetLines(slice, "ProvinceCode", "SourceCode"),
                    [],
                    ExportAddress.Workbook("funding-split", slice, lang),
                    [Chart("funding-split", "share"), Chart("funding-split", "amount")]);

            case ExportPage.Trends:
                return new ViewExports(
                    ExportAddress.BudgetLines(slice, "ProvinceCode", "Year", "SourceCode"),
                    [],
                    ExportAddress.Workbook("funding-trend", slice, lang),
                    [Chart("funding-trend", null, view.Mode == "columns" ? "columns" : null), Chart("co-financing", null)]);

            case ExportPage.Categories:
            {
                var native = view.Grouping == "native";
                var measure = view.Measure == "amount" ? "amount" : "share";
                return new ViewExports(
                    native ? ExportAddress.BudgetLines(slice, "ProvinceCode", "NativeGroup") : ExportAddress.BudgetLines(slice, "CategoryCode", "ProvinceCode"),
                    [],
                    ExportAddress.Workbook("categories", slice, lang, ("by", native ? "native" : null), ("measure", measure == "share" ? "share" : null)),
                    // The charts draw harmonized categories only: no image rather than one of another grouping.
                    native ? [] : [Chart("categories", measure, "heatmap")]);
            }

            case ExportPage.Explorer:
            {
                var rows = view.Rows.Count == 0 ? [CubeDimension.Province] : view.Rows;
                return new ViewExports(
                    PivotOData(slice, rows, view.Column, view.Measure),
                    [],
                    ExportAddress.Workbook("pivot", slice, lang,
                        ("rows", string.Join(',', rows.Select(PivotTokens.Token))),
                        ("cols", view.Column is { } col ? PivotTokens.Token(col) : PivotTokens.NoColumn),
                        ("measure", view.Measure is "row" or "col" or "total" ? view.Measure : null),
                        ("totals", view.Subtotals ? null : "off")),
                    []);
            }

            case ExportPage.Targets:
            {
                var parts = new List<string>();
                if (slice.Provinces.Count > 0)
                {
                    parts.Add(ExportAddress.In("ProvinceCode", slice.Provinces));
                }

                if (slice.Categories.Count > 0)
                {
                    // As on the page: the indicators the categories serve, and the ones no category serves.
                    parts.Add($"({ExportAddress.In("CategoryCode", slice.Categories)} or IndicatorCode eq 'other')");
                }

                return new ViewExports(
                    ExportAddress.EntitySet("Targets", parts.Count == 0 ? null : string.Join(" and ", parts)),
                    [("budget", ExportAddress.BudgetLines(slice, "CategoryCode", "ProvinceCode"))],
                    ExportAddress.Workbook("targets", slice, lang),
                    [Chart("categories", "amount")]);
            }

            default:
                return new ViewExports(
                    ExportAddress.EntitySet("Discrepancies", slice.Provinces.Count == 0 ? null : ExportAddress.In("ProvinceCode", slice.Provinces)),
                    [],
                    ExportAddress.Workbook("discrepancies", slice with { FromYear = null, ToYear = null, Sources = [], Categories = [] }, lang),
                    []);
        }
    }

    // The pivot's numbers: amounts per cell, and for a share measure each cell's share as the screen shows it. The
    // service's share methods take the last grouping property as the column and the others as the row, so the
    // column's property is listed last even when a row already holds it (rows=item with cols=province). Without a
    // column a row is one cell (100 % of its row) and a column share is a share of the total.
    private static string PivotOData(CubeSlice slice, IReadOnlyList<CubeDimension> rows, CubeDimension? column, string? measure)
    {
        var rowProperties = rows.SelectMany(PivotTokens.ODataProperties).Distinct().ToList();
        var columnProperties = column is { } c ? PivotTokens.ODataProperties(c) : [];
        if (measure is not ("row" or "col" or "total"))
        {
            return ExportAddress.BudgetLines(slice, rowProperties.Concat(columnProperties).Distinct().ToList());
        }

        var share = (measure, column) switch
        {
            ("row", _) => "shareOfRow",
            ("col", not null) => "shareOfColumn",
            _ => "shareOfTotal",
        };
        var grouping = column is not null ? rowProperties.Concat(columnProperties)
            : share == "shareOfRow" ? rowProperties.Append(rowProperties[^1])
            : rowProperties;
        return ExportAddress.BudgetLines(slice, grouping.ToList(), share);
    }
}

/// <summary>The explorer's dimension tokens (<c>rows=province,group</c>, <c>cols=source</c>) and their OData properties.</summary>
public static class PivotTokens
{
    /// <summary><c>cols=none</c>: no column dimension.</summary>
    public const string NoColumn = "none";

    /// <summary>Row dimensions, in the order the explorer offers them.</summary>
    public static IReadOnlyList<CubeDimension> RowChoices { get; } =
        [CubeDimension.Province, CubeDimension.Category, CubeDimension.NativeGroup, CubeDimension.Item, CubeDimension.Year, CubeDimension.Source, CubeDimension.SubSource];

    /// <summary>Column dimensions: the ones with few members (a pivot spreads at most a few hundred columns).</summary>
    public static IReadOnlyList<CubeDimension> ColumnChoices { get; } =
        [CubeDimension.Source, CubeDimension.SubSource, CubeDimension.Year, CubeDimension.Province, CubeDimension.Category];

    /// <summary>The address token of a dimension (<c>province</c>, <c>group</c>, …).</summary>
    public static string Token(CubeDimension dimension) => dimension switch
    {
        CubeDimension.Province => "province",
        CubeDimension.Year => "year",
        CubeDimension.Source => "source",
        CubeDimension.Category => "category",
        CubeDimension.NativeGroup => "group",
        CubeDimension.Item => "item",
        CubeDimension.SubSource => "subsource",
        _ => dimension.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads a token; null when it is not one of the explorer's dimensions.</summary>
    public static CubeDimension? Parse(string? token) => token switch
    {
        "province" => CubeDimension.Province,
        "year" => CubeDimension.Year,
        "source" => CubeDimension.Source,
        "category" => CubeDimension.Category,
        "group" => CubeDimension.NativeGroup,
        "item" => CubeDimension.Item,
        "subsource" => CubeDimension.SubSource,
        _ => null,
    };

    /// <summary>The <c>BudgetLines</c> properties that identify a member of the dimension in an OData <c>groupby</c>.</summary>
    public static IReadOnlyList<string> ODataProperties(CubeDimension dimension) => dimension switch
    {
        CubeDimension.Province => ["ProvinceCode"],
        CubeDimension.Year => ["Year"],
        CubeDimension.Source => ["SourceCode"],
        CubeDimension.Category => ["CategoryCode"],
        CubeDimension.NativeGroup => ["ProvinceCode", "NativeGroup"],
        CubeDimension.Item => ["ProvinceCode", "ItemCode", "ItemName"],
        CubeDimension.SubSource => ["SourceCode", "SubSourceCode"],
        _ => [],
    };
}
