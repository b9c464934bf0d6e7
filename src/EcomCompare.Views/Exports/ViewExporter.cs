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

    /// <summary>Categories: the slice of the cell whose items the page lists (its drill-down), or none.</summary>
    public CubeSlice? Drill { get; init; }
}

/// <summary>Where a view's numbers can be taken from.</summary>
/// <param name="OData">The OData query of the view's numbers.</param>
/// <param name="MoreOData">Further OData queries behind the view, by what they return (<c>budget</c>).</param>
/// <param name="Workbook">The .xlsx of the view.</param>
/// <param name="Charts">The chart images that draw the view (none where the charts do not draw it).</param>
public sealed record ViewExports(
    string OData, IReadOnlyList<(string Kind, string Address)> MoreOData, string Workbook, IReadOnlyList<ChartLink> Charts)
{
    /// <summary>What a row of <see cref="OData"/> holds, for the words beside it; null for the targets' and discrepancies' rows.</summary>
    public ODataFeed? Feed { get; init; }

    /// <summary>What a row of the drill-down's address (<see cref="MoreOData"/> of kind <see cref="ViewExporter.ItemsKind"/>) holds.</summary>
    public ODataFeed? DrillFeed { get; init; }
}

/// <summary>
/// What one row of a view's <c>BudgetLines</c> address holds: a member of each dimension (its code and its names,
/// Vietnamese and English), the amount, and — with <see cref="Whole"/> — its share of a whole and that whole
/// (<c>Share</c>, <c>Total</c>).
/// </summary>
/// <param name="Dimensions">The dimensions of a row, in column order.</param>
/// <param name="Whole">The dimensions whose member's money the share divides by (empty: everything in the view); null: no share.</param>
/// <param name="ShareShown">False where the row carries only the whole's total (<c>Total</c>), no share.</param>
public sealed record ODataFeed(IReadOnlyList<CubeDimension> Dimensions, IReadOnlyList<CubeDimension>? Whole, bool ShareShown = true);

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
                        Split(slice, byYear: true, out var feed),
                        NamedSplits(slice, byYear: true),
                        ExportAddress.Workbook("funding-split", slice, language, (ViewTokens.Layouts.Key, ViewLayout.Multiples.Token())),
                        [Chart("funding-split", measure, ViewLayout.Multiples)])
                    {
                        Feed = feed,
                    };
                }

            case ExportPage.FundingSplit:
                {
                    return new ViewExports(
                        Split(slice, byYear: false, out var feed),
                        NamedSplits(slice, byYear: false),
                        ExportAddress.Workbook("funding-split", slice, language),
                        [Chart("funding-split", Measure.Share), Chart("funding-split", Measure.Amount)])
                    {
                        Feed = feed,
                    };
                }

            case ExportPage.Trends:
                {
                    return new ViewExports(
                        Split(slice, byYear: true, out var feed, shares: false),
                        NamedSplits(slice, byYear: true),
                        ExportAddress.Workbook("funding-trend", slice, language),
                        [Chart("funding-trend", null, view.Layout == ViewLayout.Columns ? ViewLayout.Columns : null), Chart("co-financing", null)])
                    {
                        Feed = feed,
                    };
                }

            case ExportPage.Categories:
                {
                    var native = view.Grouping == Grouping.Native;
                    var measure = view.Measure == Measure.Amount ? Measure.Amount : Measure.Share;
                    var member = native ? CubeDimension.NativeGroup : CubeDimension.Category;
                    // Each cell with its share of the province's money and that money, as the heatmap shows them: the
                    // province is the pivot's row for own groups (province, group) and its column for categories.
                    var (cells, feed) = native
                        ? Named(slice, [CubeDimension.NativeGroup], null, (ShareOfRow, TotalOfRow), [CubeDimension.Province])
                        : Named(slice, [CubeDimension.Category], CubeDimension.Province, (ShareOfColumn, TotalOfColumn), [CubeDimension.Province]);
                    var drill = view.Drill is { } cell
                        ? Named(cell, [member, CubeDimension.Item], CubeDimension.Source, (null, TotalOfRow), [CubeDimension.Item])
                        : default;
                    return new ViewExports(
                        cells,
                        drill.Address is null ? [] : [(ItemsKind, drill.Address)],
                        ExportAddress.Workbook(
                            "categories", slice, language,
                            (ViewTokens.Groupings.Key, native ? Grouping.Native.Token() : null),
                            (ViewTokens.Measures.Key, measure == Measure.Share ? Measure.Share.Token() : null)),
                        // The charts draw harmonized categories only: no image rather than one of another grouping.
                        native ? [] : [Chart("categories", measure, ViewLayout.Heatmap)])
                    {
                        Feed = feed,
                        DrillFeed = drill.Feed,
                    };
                }

            case ExportPage.Explorer:
                {
                    var rows = view.Rows.Count == 0 ? [CubeDimension.Province] : view.Rows;
                    var share = view.Measure is Measure.ShareOfRow or Measure.ShareOfColumn or Measure.ShareOfTotal ? view.Measure : null;
                    var (address, feed) = PivotOData(slice, rows, view.Column, share);
                    return new ViewExports(
                        address,
                        [],
                        ExportAddress.Workbook(
                            "pivot", slice, language,
                            (ViewTokens.Dimensions.Key, string.Join(',', rows.Select(r => r.Token()))),
                            (ViewTokens.ColumnsKey, view.Column is { } col ? col.Token() : ViewTokens.NoColumn),
                            (ViewTokens.Measures.Key, share?.Token()),
                            (ViewTokens.TotalsKey, view.Subtotals ? null : "off")),
                        [])
                    {
                        Feed = feed,
                    };
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
                        [("budget", Named(slice, [CubeDimension.Category], CubeDimension.Province, (null, null), null).Address)],
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

    /// <summary>The kind of the categories page's second address: the items of the cell it drills into.</summary>
    public const string ItemsKind = "items";

    // The funding split's (and the trends') rows: each province's [year's] money per source with its name, its share of
    // the province's [year's] money and that money — the pivot's row is the province [and year], its column the source.
    // The trends show no shares: their rows carry the province's money that year only.
    private static string Split(CubeSlice slice, bool byYear, out ODataFeed feed, bool shares = true)
    {
        IReadOnlyList<CubeDimension> whole = byYear ? [CubeDimension.Province, CubeDimension.Year] : [CubeDimension.Province];
        (var address, feed) = Named(slice, whole, CubeDimension.Source, (shares ? ShareOfRow : null, TotalOfRow), whole);
        return address;
    }

    /// <summary>
    /// <c>BudgetLines</c> grouped by the rows' and the column's codes and names (<see cref="Pivot.ODataProperties"/>),
    /// the column's listed last, with the amount and — for a share method or a total method — <c>Share</c> and
    /// <c>Total</c>; <paramref name="whole"/> says, for the words beside it, what the share and the total are of.
    /// </summary>
    private static (string Address, ODataFeed Feed) Named(
        CubeSlice slice, IReadOnlyList<CubeDimension> rows, CubeDimension? column, (string? Share, string? Total) methods,
        IReadOnlyList<CubeDimension>? whole)
    {
        var grouping = rows.SelectMany(Pivot.ODataProperties).Distinct().ToList();
        if (column is { } c)
        {
            // Listed last even when a row holds it already (rows=item with cols=province): the service's column.
            grouping.AddRange(Pivot.ODataProperties(c));
        }

        var dimensions = column is { } d && !rows.Contains(d) ? rows.Append(d).ToList() : rows.ToList();
        return (ExportAddress.BudgetLines(slice, grouping, methods.Share, methods.Total),
            new ODataFeed(dimensions, methods.Total is null ? null : whole, methods.Share is not null));
    }

    // The pivot's numbers: amounts per cell, and for a share measure each cell's share as the screen shows it and the
    // whole it divides by. Without a column a row is one cell (100 % of its row, listed again as the service's column)
    // and a column share is a share of the total; with a column and amounts, the row's total (the screen's last column).
    private static (string Address, ODataFeed Feed) PivotOData(
        CubeSlice slice, IReadOnlyList<CubeDimension> rows, CubeDimension? column, Measure? share)
    {
        return (share, column) switch
        {
            (null, null) => Named(slice, rows, null, (null, null), null),
            (null, { } c) => Named(slice, rows, c, (null, TotalOfRow), rows),
            (Measure.ShareOfRow, _) => Named(slice, rows, column ?? rows[^1], (ShareOfRow, TotalOfRow), rows),
            (Measure.ShareOfColumn, { } c) => Named(slice, rows, c, (ShareOfColumn, TotalOfColumn), [c]),
            _ => Named(slice, rows, column, (ShareOfTotal, TotalOfAll), []),
        };
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

    /// <summary>
    /// The <c>BudgetLines</c> properties of a member of the dimension in an OData <c>groupby</c>: the codes that
    /// identify it and the names that go with them (Vietnamese and English), so that a row reads without a legend.
    /// The service counts a name grouped with its codes as part of their dimension, not as a pivot level of its own.
    /// </summary>
    public static IReadOnlyList<string> ODataProperties(CubeDimension dimension) => dimension switch
    {
        CubeDimension.Province => [ProvinceCode, Province],
        CubeDimension.Year => [Year],
        CubeDimension.Source => [SourceCode, SourceVi, Source],
        CubeDimension.Category => [CategoryCode, CategoryVi, Category],
        CubeDimension.NativeGroup => [ProvinceCode, Province, NativeGroupCode, NativeGroup],
        CubeDimension.Item => [ProvinceCode, Province, ItemCode, ItemName],
        CubeDimension.SubSource => [SourceCode, SourceVi, Source, SubSourceCode, SubSourceVi, SubSource],
        _ => [],
    };
}
