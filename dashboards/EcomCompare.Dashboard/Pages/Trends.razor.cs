using System.Globalization;
using EcomCompare.Dashboard.Charts;
using EcomCompare.Dashboard.Data;
using EcomCompare.Dashboard.Shared;
using EcomCompare.Dashboard.State;
using EcomCompare.Dashboard.Text;
using EcomCompare.Dashboard.Theme;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Tokens;
using Microsoft.AspNetCore.Components;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// Money per year: per province a panel of lines (or grouped columns, <c>layout=columns</c>, the chart's key too)
/// per funding source on a common scale, the numbers in a table, and the co-financing ratio (local per unit of
/// central money).
/// </summary>
public partial class Trends
{
    internal const ViewLayout KindLines = ViewLayout.Lines;
    internal const ViewLayout KindColumns = ViewLayout.Columns;

    /// <summary><c>layout=</c>: <c>lines</c> (default) or <c>columns</c>.</summary>
    [SupplyParameterFromQuery(Name = "layout")]
    public string? LayoutQuery { get; set; }

    /// <summary><c>chart=columns</c>: the same switch in addresses written before it had one name everywhere.</summary>
    [SupplyParameterFromQuery(Name = "chart")]
    public string? ChartQuery { get; set; }

    internal ViewLayout Kind { get; private set; } = KindLines;

    internal ChartKind ChartKind => Kind == KindColumns ? ChartKind.Columns : ChartKind.Lines;

    internal override string PagePath => "trends";

    internal override IEnumerable<KeyValuePair<string, string?>> PageKeys => [new(ViewTokens.Layouts.Key, Kind == KindLines ? null : Kind.Token())];

    internal IReadOnlyList<string> YearLabels => Model?.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList() ?? [];

    internal double TrendMax =>
        Model is null
            ? 0 : Model.Provinces.SelectMany(p => p.BySource.Values).SelectMany(v => v).Select(v => (double)(v ?? 0m)).DefaultIfEmpty(0).Max();

    internal IReadOnlyList<LegendItem> SourceLegend => Model is null || Catalog is null
        ? []
        : Model.Sources.Select(s => new LegendItem(Catalog.SourceShortName(s, T), Palette.Source(s), Link: FilterLink(source: s))).ToList();

    internal IReadOnlyList<LegendItem> ProvinceLegend => Model?.Provinces.Select(
        p => new LegendItem(p.Name, Palette.Province(p.Index), Palette.ProvinceDash(p.Index), FilterLink(p.Code))).ToList() ?? [];

    /// <summary>The co-financing lines; a point filters to its province and year.</summary>
    internal IReadOnlyList<ChartSeries> CoFinancingSeries => Model?.Provinces.Select(p => new ChartSeries(
        p.Code, p.Name, Palette.Province(p.Index), Palette.ProvinceDash(p.Index),
        p.CoFinancing, p.CoFinancing.Select(r => UiText.Fill(T.CoFinancingTip, F.Ratio(r))).ToList(),
        Model.Years.Select(y => FilterLink(p.Code, year: y)).ToList(),
        p.CoFinancing.Select(r => r is null ? string.Empty : F.Ratio(r)).ToList())).ToList() ?? [];

    /// <summary>What leaves the page (<see cref="ViewExporter"/>): money per province, year and source; the trend chart
    /// as drawn (lines or columns) and the co-financing chart.</summary>
    internal ViewExports Exports => ViewExporter.For(new ExportView(ExportPage.Trends, Slice, T.Language) { Layout = Kind });

    /// <summary>The named feed (FundingSplitsByYear) where it holds exactly this view's numbers.</summary>
    internal List<ODataLink> MoreOData => Exports.MoreOData.Select(m => new ODataLink(T.ODataNamedFeed(m.Kind), m.Address)).ToList();

    internal List<EmbedLink> Embeds =>
        Exports.Charts.Select(c => EmbedLink.From(c, c.Chart == "co-financing" ? T.CoFinancingTitle : T.TrendsPerProvince)).ToList();

    // A plan whose money has no year split shows nothing by year, and its own note says why: that note stays.
    internal override bool ShowsNothing => Model is not null && Catalog is not null && Catalog.NoYearSplitIn(Slice).Count == 0
        && Model.Provinces.All(p => p.Totals.All(t => t == 0));

    internal override void ReadPageKeys()
    {
        CheckKey(ViewTokens.Layouts.Key, LayoutQuery, ViewTokens.Layouts.Tokens([KindLines, KindColumns]));
        CheckKey("chart", ChartQuery, ViewTokens.Layouts.Tokens([KindLines, KindColumns]));
        Kind = ViewTokens.Layouts.Parse(LayoutQuery ?? ChartQuery) == KindColumns ? KindColumns : KindLines;
    }

    internal override Task<TrendsModel> LoadAsync(CubeCatalog catalog, WorkTally work, CancellationToken cancellation) =>
        TrendsLoader.LoadAsync(Queries, catalog, Slice, T.Language, work, cancellation);

    /// <summary>
    /// A province's panel: one series per source; a point or column says its amount and its share of the province's
    /// money that year, and filters to its province, source and year; its amount is written beside it where it fits.
    /// </summary>
    internal IReadOnlyList<ChartSeries> SourceSeries(TrendProvince province) => Model!.Sources.Select(s => new ChartSeries(
        s,
        Catalog!.SourceShortName(s, T),
        Palette.Source(s),
        string.Empty,
        province.BySource[s].Select(v => v is null ? (double?)null : (double)v.Value).ToList(),
        province.BySource[s].Select((v, y) => $"{F.Amount(v)} {T.Unit} · {F.Share(ShareOfYear(v, province.Totals[y]))}").ToList(),
        Model.Years.Select(y => FilterLink(province.Code, s, y)).ToList(),
        province.BySource[s].Select(v => v is null ? string.Empty : F.Amount(v)).ToList())).ToList();

    private static double? ShareOfYear(decimal? amount, decimal total) => amount is { } a && total != 0 ? (double)(a / total) : null;
}
