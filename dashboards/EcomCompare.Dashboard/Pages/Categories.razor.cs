using EcomCompare.Dashboard.Data;
using EcomCompare.Dashboard.Shared;
using EcomCompare.Dashboard.State;
using EcomCompare.Dashboard.Tables;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Tokens;
using Microsoft.AspNetCore.Components;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// Money by task category: a category × province heatmap (<c>by=native</c>: each province's own groups), the
/// cells showing the share of the province's budget (<c>measure=amount</c>: amounts); a selected cell
/// (<c>cell=thai-binh/management</c>) lists the items behind it with their document and lines.
/// </summary>
public partial class Categories
{
    internal const Grouping ByCategory = Grouping.Category;
    internal const Grouping ByNative = Grouping.Native;
    internal const Measure MeasureShare = Measure.Share;
    internal const Measure MeasureAmount = Measure.Amount;

    /// <summary><c>by=</c>: <c>category</c> (default) or <c>native</c>.</summary>
    [SupplyParameterFromQuery(Name = "by")]
    public string? ByQuery { get; set; }

    /// <summary><c>measure=</c>: <c>share</c> (default) or <c>amount</c>.</summary>
    [SupplyParameterFromQuery(Name = "measure")]
    public string? MeasureQuery { get; set; }

    /// <summary><c>cell=</c>: the drilled cell, <c>province/category</c> or a native group key.</summary>
    [SupplyParameterFromQuery(Name = "cell")]
    public string? CellQuery { get; set; }

    internal Grouping Grouping { get; private set; } = ByCategory;

    internal Measure Measure { get; private set; } = MeasureShare;

    internal string? SelectedCell { get; private set; }

    internal override string PagePath => "categories";

    internal override IEnumerable<KeyValuePair<string, string?>> PageKeys =>
    [
        new(ViewTokens.Groupings.Key, Grouping == ByCategory ? null : Grouping.Token()),
        new(ViewTokens.Measures.Key, Measure == MeasureShare ? null : Measure.Token()),
        new("cell", SelectedCell),
    ];

    /// <summary>The top of the colour scale: the largest share (or amount) among the cells.</summary>
    internal double HeatMax => Model is null
        ? 0
        : Model.Rows.SelectMany(r => r.Cells.Values).Select(c => Measure == MeasureShare ? c.Share ?? 0 : (double)c.Amount).DefaultIfEmpty(0).Max();

    /// <summary>The provinces' average share column: shown when at least two provinces have money in the slice.</summary>
    /// <summary>The heatmap table's order: a column header sorts it (the total row stays last).</summary>
    internal TableSort Sort { get; } = new();

    /// <summary>A province's column in <see cref="Sort"/>: <c>p:</c> and its code.</summary>
    internal const string ProvinceColumn = "p:";

    /// <summary>A row's value in a sort column: a province's cell as shown (its share or its amount), the total, the average share.</summary>
    internal object? SortKey(HeatRow row, string column) => column switch
    {
        "category" => row.Label,
        "all" => row.Cells.Count == 0 ? null : row.Total,
        "average" => AverageOf(row),
        _ when column.StartsWith(ProvinceColumn, StringComparison.Ordinal) && row.Cells.TryGetValue(column[ProvinceColumn.Length..], out var cell) =>
            Measure == MeasureShare ? cell.Share : cell.Amount,
        _ => null,
    };

    // The header's click re-renders the page (the callback's receiver); nothing else to do.
    internal void Resorted()
    {
    }

    internal bool ShowAverage => Model is { Native: false } m && AverageShare.Applies(
        m.Provinces.Select(p => m.ProvinceTotals.GetValueOrDefault(p.Code)));

    /// <summary>
    /// A category's share of each province's money, averaged over the provinces (each counted once; a province
    /// with money but nothing in the category counts as 0 %), the reference each province's cell is read against.
    /// </summary>
    internal double? AverageOf(HeatRow row) => Model is null
        ? null
        : AverageShare.Of(Model.Provinces.Select(p => (Model.ProvinceTotals.GetValueOrDefault(p.Code), row.Cells.GetValueOrDefault(p.Code)?.Share)));

    /// <summary>
    /// What leaves the page (<see cref="ViewExporter"/>): the grouping shown (harmonized categories or the provinces'
    /// own groups) and the measure, and the drilled cell's items; no chart image for own groups, which the charts do not draw.
    /// </summary>
    internal ViewExports Exports => ViewExporter.For(new ExportView(ExportPage.Categories, Slice, T.Language)
    {
        Grouping = Grouping,
        Measure = Measure,
        Drill = SelectedCell is null ? null : CategoriesLoader.CellSlice(Slice, Grouping == ByNative, SelectedCell),
    });

    /// <summary>The drilled cell's items over OData, beside the heatmap's address.</summary>
    internal List<ODataLink> MoreOData => Exports is { DrillFeed: { } feed } exports
        ? exports.MoreOData.Select(m => new ODataLink(T.ODataDrill(feed), m.Address)).ToList()
        : [];

    internal List<EmbedLink> Embeds => Exports.Charts.Select(c => EmbedLink.From(c, T.CategoriesTitle)).ToList();

    internal override bool ShowsNothing => Model is not null && Model.GrandTotal == 0;

    internal override void ReadPageKeys()
    {
        CheckKey(ViewTokens.Groupings.Key, ByQuery, ViewTokens.Groupings.Tokens(ViewTokens.Groupings.Values));
        CheckKey(ViewTokens.Measures.Key, MeasureQuery, ViewTokens.Measures.Tokens([MeasureShare, MeasureAmount]));
        Grouping = ViewTokens.Groupings.Parse(ByQuery) ?? ByCategory;
        Measure = ViewTokens.Measures.Parse(MeasureQuery) == MeasureAmount ? MeasureAmount : MeasureShare;
        SelectedCell = string.IsNullOrWhiteSpace(CellQuery) ? null : CellQuery;
    }

    internal override Task<CategoriesModel> LoadAsync(CubeCatalog catalog, WorkTally work, CancellationToken cancellation) =>
        CategoriesLoader.LoadAsync(Queries, catalog, Slice, Grouping == ByNative, SelectedCell, T.Language, work, cancellation);
}
