using System.Globalization;
using EcomCompare.Charts.Exports;
using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Charts;
using EcomCompare.Dashboard.Data;
using EcomCompare.Dashboard.Shared;
using EcomCompare.Dashboard.State;
using EcomCompare.Dashboard.Theme;
using Microsoft.AspNetCore.Components;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// The home page: how each province splits its money between central, local and enterprise sources — for the
/// whole period (<c>mode</c> absent), one year (<c>mode=year&amp;year=2023</c>) or year by year
/// (<c>mode=multiples</c>, <c>measure=share|amount</c>).
/// </summary>
public partial class FundingSplit
{
    internal const string ModePeriod = "period";
    internal const string ModeYear = "year";
    internal const string ModeMultiples = "multiples";
    internal const string MeasureShare = "share";
    internal const string MeasureAmount = "amount";

    /// <summary><c>mode=</c>: <c>period</c> (default), <c>year</c> or <c>multiples</c>.</summary>
    [SupplyParameterFromQuery(Name = "mode")]
    public string? ModeQuery { get; set; }

    /// <summary><c>year=</c> in one-year mode.</summary>
    [SupplyParameterFromQuery(Name = "year")]
    public int? YearQuery { get; set; }

    /// <summary><c>measure=</c> of the small multiples: <c>share</c> (default) or <c>amount</c>.</summary>
    [SupplyParameterFromQuery(Name = "measure")]
    public string? MeasureQuery { get; set; }

    internal string Mode { get; private set; } = ModePeriod;

    internal int ChosenYear { get; private set; }

    internal string Measure { get; private set; } = MeasureShare;

    internal override string PagePath => string.Empty;

    internal override IEnumerable<KeyValuePair<string, string?>> PageKeys =>
    [
        new("mode", Mode == ModePeriod ? null : Mode),
        new("year", Mode == ModeYear ? ChosenYear.ToString(CultureInfo.InvariantCulture) : null),
        new("measure", Mode == ModeMultiples && Measure != MeasureShare ? Measure : null),
    ];

    /// <summary>The slice the numbers are for: in one-year mode the chosen year replaces the year range.</summary>
    internal CubeSlice EffectiveSlice => Mode == ModeYear ? Slice with { FromYear = ChosenYear, ToYear = ChosenYear } : Slice;

    internal bool Filtered => EffectiveSlice != CubeSlice.All && !IsEmpty(EffectiveSlice);

    internal string YearSuffix => Mode == ModeYear ? " — " + ChosenYear.ToString(CultureInfo.InvariantCulture) : string.Empty;

    internal IReadOnlyList<LegendItem> Legend => Model is null || Catalog is null
        ? []
        : Model.Sources.Select(s => new LegendItem(Catalog.SourceShortName(s, T), Palette.Source(s))).ToList();

    internal double MultiplesMax => Model is null ? 0 : Model.Panels.SelectMany(p => p.Provinces).Select(p => (double)p.Total).DefaultIfEmpty(0).Max();

    /// <summary>
    /// What leaves the page (<see cref="ViewExporter"/>): money per province and source (per year too in small
    /// multiples) as one OData shape whatever the filter, the workbook and the charts of this mode and measure.
    /// </summary>
    internal ViewExports Exports => ViewExporter.For(new ExportView(ExportPage.FundingSplit, EffectiveSlice, T.Code) { Mode = Mode, Measure = Measure });

    internal List<EmbedLink> Embeds =>
        Exports.Charts.Select(c => EmbedLink.From(c, c.Measure == MeasureAmount ? T.ChartAmounts : T.ChartShares)).ToList();

    internal override void ReadPageKeys()
    {
        Mode = ModeQuery is ModeYear or ModeMultiples ? ModeQuery : ModePeriod;
        Measure = MeasureQuery == MeasureAmount ? MeasureAmount : MeasureShare;
        ChosenYear = YearQuery ?? Slice.ToYear ?? Catalog?.Years[^1] ?? 0; // 0: resolved when the catalogue is loaded
    }

    internal void ChangeMode(string mode)
    {
        var year = mode == ModeYear ? (Slice.ToYear ?? Catalog?.Years[^1])?.ToString(CultureInfo.InvariantCulture) : null;
        Go(null, ("mode", mode == ModePeriod ? null : mode), ("year", year));
    }

    internal override async Task<FundingModel> LoadAsync(DashboardCatalog catalog, WorkTally work, CancellationToken cancellation)
    {
        if (Mode == ModeYear && !catalog.Years.Contains(ChosenYear))
        {
            ChosenYear = catalog.Years[^1];
        }

        return await FundingLoader.LoadAsync(Queries, catalog, EffectiveSlice, Mode == ModeMultiples, T.Code, work, cancellation);
    }

    internal IReadOnlyList<BarRow> Bars(FundingPanel panel) => panel.Provinces.Select(p => new BarRow(
        p.Code,
        p.Name,
        Model!.Sources.Select(s => new BarSegment(s, Catalog!.SourceShortName(s, T), Palette.Source(s), (double)p.Amount(s), F.Amount(p.Amount(s)), F.Share(p.Share(s)))).ToList(),
        F.Amount(p.Total))).ToList();

    private static bool IsEmpty(CubeSlice slice) =>
        slice.Provinces.Count == 0 && slice.Sources.Count == 0 && slice.Categories.Count == 0 && slice.FromYear is null && slice.ToYear is null;
}
