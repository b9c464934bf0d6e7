using EcomCompare.Cube.Query;
using EcomCompare.Views.Tokens;
using static EcomCompare.Views.Exports.ODataNames;

namespace EcomCompare.Views.Exports;

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

/// <summary>One view as its exports need it: the page, its slice, the language and the page's switches.</summary>
public sealed record ExportView(ExportPage Page, CubeSlice Slice, Language Language)
{
    /// <summary>Funding split: <see cref="ViewLayout.Multiples"/> or not; trends: lines or columns.</summary>
    public ViewLayout? Layout { get; init; }

    /// <summary>Funding split's multiples and categories: share or amount; explorer: amount or a share of row, column or total.</summary>
    public Measure? Measure { get; init; }

    /// <summary>Categories: harmonized categories or each province's own groups.</summary>
    public Grouping? Grouping { get; init; }

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
public sealed record ViewExports(
    string OData, IReadOnlyList<(string Kind, string Address)> MoreOData, string Workbook, IReadOnlyList<ChartLink> Charts);

/// <summary>A chart image of a view, in SVG and PNG.</summary>
/// <param name="Chart">The chart name (<c>funding-split</c>, …).</param>
/// <param name="Measure">Its measure, where the chart has one.</param>
/// <param name="Svg">Relative SVG address.</param>
/// <param name="Png">Relative PNG address.</param>
public sealed record ChartLink(string Chart, Measure? Measure, string Svg, string Png);

/// <summary>Turns a view into its export addresses: the OData query, the workbook and the chart images.</summary>
public static class ViewExporter
{
    /// <summary>
    /// The PNG link's pixels per chart pixel. The link is for pasting into a report that gets printed: at 1× a chart
    /// 900 px wide prints soft at 96 dpi on A4, at 2× it prints at about 190 dpi. The SVG link needs no scale.
    /// </summary>
    public const double ReportPngScale = 2;

    public static ViewExports For(ExportView view)
    {
        var slice = view.Slice;
        var language = view.Language;
        ChartLink Chart(string chart, Measure? measure, ViewLayout? layout = null) => new(
            chart, measure,
            ExportAddress.Chart(chart, "svg", slice, measure, layout, language),
            ExportAddress.Chart(chart, "png", slice, measure, layout, language, scale: ReportPngScale));

        switch (view.Page)
        {
            case ExportPage.FundingSplit when view.Layout == ViewLayout.Multiples:
                {
                    var measure = view.Measure == Measure.Amount ? Measure.Amount : Measure.Share;
                    return new ViewExports(
                        ExportAddress.BudgetLines(slice, ProvinceCode, Year, SourceCode),
                        NamedSplits(slice, byYear: true),
                        ExportAddress.Workbook("funding-split", slice, language, (ViewTokens.Layouts.Key, ViewLayout.Multiples.Token())),
                        [Chart("funding-split", measure, ViewLayout.Multiples)]);
                }

            case ExportPage.FundingSplit:
                return new ViewExports(
                    ExportAddress.BudgetLines(slice, ProvinceCode, SourceCode),
                    NamedSplits(slice, byYear: false),
                    ExportAddress.Workbook("funding-split", slice, language),
                    [Chart("funding-split", Measure.Share), Chart("funding-split", Measure.Amount)]);

            case ExportPage.Trends:
                return new ViewExports(
                    ExportAddress.BudgetLines(slice, ProvinceCode, Year, SourceCode),
                    NamedSplits(slice, byYear: true),
                    ExportAddress.Workbook("funding-trend", slice, language),
                    [Chart("funding-trend", null, view.Layout == ViewLayout.Columns ? ViewLayout.Columns : null), Chart("co-financing", null)]);

            case ExportPage.Categories:
                {
                    var native = view.Grouping == Grouping.Native;
                    var measure = view.Measure == Measure.Amount ? Measure.Amount : Measure.Share;
                    return new ViewExports(
                        native ? ExportAddress.BudgetLines(slice, ProvinceCode,
                            NativeGroup) : ExportAddress.BudgetLines(slice, CategoryCode, ProvinceCode),
                        [],
                        ExportAddress.Workbook(
                            "categories", slice, language,
                            (ViewTokens.Groupings.Key, native ? Grouping.Native.Token() : null),
                            (ViewTokens.Measures.Key, measure == Measure.Share ? Measure.Share.Token() : null)),
                        // The charts draw harmonized categories only: no image rather than one of another grouping.
                        native ? [] : [Chart("categories", measure, ViewLayout.Heatmap)]);
                }

            case ExportPage.Explorer:
                {
                    var rows = view.Rows.Count == 0 ? [CubeDimension.Province] : view.Rows;
                    var share = view.Measure is Measure.ShareOfRow or Measure.ShareOfColumn or Measure.ShareOfTotal ? view.Measure : null;
                    return new ViewExports(
                        PivotOData(slice, rows, view.Column, share),
                        [],
                        ExportAddress.Workbook(
                            "pivot", slice, language,
                            (ViewTokens.Dimensions.Key, string.Join(',', rows.Select(r => r.Token()))),
                            (ViewTokens.ColumnsKey, view.Column is { } col ? col.Token() : ViewTokens.NoColumn),
                            (ViewTokens.Measures.Key, share?.Token()),
                            (ViewTokens.TotalsKey, view.Subtotals ? null : "off")),
                        []);
                }

            case ExportPage.Targets:
                {
                    var parts = new List<string>();
                    if (slice.Provinces.Count > 0)
                    {
                        parts.Add(ExportAddress.In(ProvinceCode, slice.Provinces));
                    }

                    if (slice.Categories.Count > 0)
                    {
                        // As on the page: the indicators the categories serve, and the ones no category serves.
                        parts.Add($"({ExportAddress.In(CategoryCode, slice.Categories)} or {IndicatorCode} eq 'other')");
                    }

                    return new ViewExports(
                        ExportAddress.EntitySet(Targets, parts.Count == 0 ? null : string.Join(" and ", parts)),
                        [("budget", ExportAddress.BudgetLines(slice, CategoryCode, ProvinceCode))],
                        ExportAddress.Workbook("targets", slice, language),
                        [Chart("categories", Measure.Amount)]);
                }

            default:
                return new ViewExports(
                    ExportAddress.EntitySet(Discrepancies, slice.Provinces.Count == 0 ? null : ExportAddress.In(ProvinceCode, slice.Provinces)),
                    [],
                    ExportAddress.Workbook("discrepancies", slice with { FromYear = null, ToYear = null, Sources = [], Categories = [] }, language),
                    []);
        }
    }

    /// <summary>
    /// The named comparison feed of a funding view, when it holds exactly the view's numbers: <c>FundingSplits</c>
    /// (whole period) or <c>FundingSplitsByYear</c> (one row per province and year) give each province's name, each
    /// source's money and share and the total, as the screen does, in rows Excel loads as a readable table. They hold
    /// every source and category of a province, so a slice that keeps only some has none (its kind is the entity set);
    /// nor has a whole-period view of a year range, which the by-year feed gives year by year but not summed.
    /// </summary>
    private static IReadOnlyList<(string Kind, string Address)> NamedSplits(CubeSlice slice, bool byYear)
    {
        if (slice.Sources.Count > 0 || slice.Categories.Count > 0)
        {
            return [];
        }

        var oneYear = slice.FromYear is { } from && slice.ToYear == from;
        if (!byYear && (slice.FromYear is not null || slice.ToYear is not null) && !oneYear)
        {
            return [];
        }

        var set = byYear || oneYear ? FundingSplitsByYear : FundingSplits;
        return [(set, ExportAddress.EntitySet(set, ExportAddress.Filter(slice)))];
    }

    // The pivot's numbers: amounts per cell, and for a share measure each cell's share as the screen shows it. The
    // service's share methods take the last grouping property as the column and the others as the row, so the
    // column's property is listed last even when a row already holds it (rows=item with cols=province). Without a
    // column a row is one cell (100 % of its row) and a column share is a share of the total.
    private static string PivotOData(CubeSlice slice, IReadOnlyList<CubeDimension> rows, CubeDimension? column, Measure? share)
    {
        var rowProperties = rows.SelectMany(Pivot.ODataProperties).Distinct().ToList();
        var columnProperties = column is { } c ? Pivot.ODataProperties(c) : [];
        if (share is null)
        {
            return ExportAddress.BudgetLines(slice, rowProperties.Concat(columnProperties).Distinct().ToList());
        }

        var method = (share, column) switch
        {
            (Measure.ShareOfRow, _) => ShareOfRow,
            (Measure.ShareOfColumn, not null) => ShareOfColumn,
            _ => ShareOfTotal,
        };
        var grouping = column is not null ? rowProperties.Concat(columnProperties)
            : method == ShareOfRow ? rowProperties.Append(rowProperties[^1])
            : rowProperties;
        return ExportAddress.BudgetLines(slice, grouping.ToList(), method);
    }
}

/// <summary>The explorer's dimensions (their tokens: <see cref="ViewTokens.Dimensions"/>) and their OData properties.</summary>
public static class Pivot
{
    /// <summary>Row dimensions, in the order the explorer offers them.</summary>
    public static IReadOnlyList<CubeDimension> RowChoices { get; } =
    [
        CubeDimension.Province, CubeDimension.Category, CubeDimension.NativeGroup, CubeDimension.Item, CubeDimension.Year, CubeDimension.Source,
        CubeDimension.SubSource,
    ];

    /// <summary>Column dimensions: the ones with few members (a pivot spreads at most a few hundred columns).</summary>
    public static IReadOnlyList<CubeDimension> ColumnChoices { get; } =
        [CubeDimension.Source, CubeDimension.SubSource, CubeDimension.Year, CubeDimension.Province, CubeDimension.Category];

    /// <summary>The <c>BudgetLines</c> properties that identify a member of the dimension in an OData <c>groupby</c>.</summary>
    public static IReadOnlyList<string> ODataProperties(CubeDimension dimension) => dimension switch
    {
        CubeDimension.Province => [ProvinceCode],
        CubeDimension.Year => [Year],
        CubeDimension.Source => [SourceCode],
        CubeDimension.Category => [CategoryCode],
        CubeDimension.NativeGroup => [ProvinceCode, NativeGroup],
        CubeDimension.Item => [ProvinceCode, ItemCode, ItemName],
        CubeDimension.SubSource => [SourceCode, SubSourceCode],
        _ => [],
    };
}
