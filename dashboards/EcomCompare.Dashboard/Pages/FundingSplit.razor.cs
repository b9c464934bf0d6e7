using System.Globalization;
using EcomCompare.Cube.Query;
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
/// The home page: how each province splits its money between central, local and enterprise sources — for the
/// whole period (no switch), one year (<c>mode=year&amp;year=2023</c>) or year by year as small multiples
/// (<c>layout=multiples</c>, the chart's and workbook's key too; <c>measure=share|amount</c>).
/// </summary>
public partial class FundingSplit
{
    internal const FundingMode ModePeriod = FundingMode.Period;
    internal const FundingMode ModeYear = FundingMode.Year;
    internal const FundingMode ModeMultiples = FundingMode.Multiples;
    internal const Measure MeasureShare = Measure.Share;
    internal const Measure MeasureAmount = Measure.Amount;

    /// <summary>The <c>mode=</c> token of one year (the whole period writes no mode).</summary>
    internal const string YearToken = "year";

    /// <summary>
    /// <c>mode=year</c>; addresses written before the layout switch had one name everywhere also say
    /// <c>mode=multiples</c>, read as <c>layout=multiples</c>.
    /// </summary>
    [SupplyParameterFromQuery(Name = "mode")]
    public string? ModeQuery { get; set; }

    /// <summary><c>layout=multiples</c>: year by year (the default layout, stacked, is not written).</summary>
    [SupplyParameterFromQuery(Name = "layout")]
    public string? LayoutQuery { get; set; }

    /// <summary><c>year=</c> in one-year mode.</summary>
    [SupplyParameterFromQuery(Name = "year")]
    public string? YearQuery { get; set; }

    /// <summary><c>measure=</c> of the small multiples: <c>share</c> (default) or <c>amount</c>.</summary>
    [SupplyParameterFromQuery(Name = "measure")]
    public string? MeasureQuery { get; set; }

    private int? _yearAsked;

    internal FundingMode Mode { get; private set; } = ModePeriod;

    // A plan whose money has no year split shows nothing in a year, and its own note says why: that note stays.
    internal override bool ShowsNothing => Model is not null && Catalog is not null && Catalog.NoYearSplitIn(Slice).Count == 0
        && Model.Panels.All(p => p.Provinces.All(s => s.Total == 0));

    internal int ChosenYear { get; private set; }

    internal Measure Measure { get; private set; } = MeasureShare;

    internal override string PagePath => string.Empty;

    internal override IEnumerable<KeyValuePair<string, string?>> PageKeys =>
    [
        new("mode", Mode == ModeYear ? YearToken : null),
        new("year", Mode == ModeYear ? ChosenYear.ToString(CultureInfo.InvariantCulture) : null),
        new(ViewTokens.Layouts.Key, Mode == ModeMultiples ? ViewLayout.Multiples.Token() : null),
        new(ViewTokens.Measures.Key, Mode == ModeMultiples && Measure != MeasureShare ? Measure.Token() : null),
    ];

    /// <summary>The slice the numbers are for: in one-year mode the chosen year replaces the year range.</summary>
    internal CubeSlice EffectiveSlice => Mode == ModeYear ? Slice with { FromYear = ChosenYear, ToYear = ChosenYear } : Slice;

    internal bool Filtered => EffectiveSlice != CubeSlice.All && !IsEmpty(EffectiveSlice);

    internal string YearSuffix => Mode == ModeYear ? " — " + ChosenYear.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The year the one-year mode shows, for the charts' tooltips.</summary>
    internal string? YearContext => Mode == ModeYear ? ChosenYear.ToString(CultureInfo.InvariantCulture) : null;

    internal IReadOnlyList<LegendItem> Legend => Model is null || Catalog is null
        ? []
        : Model.Sources.Select(s => new LegendItem(Catalog.SourceShortName(s, T), Palette.Source(s), Link: FilterLink(source: s))).ToList();

    internal double MultiplesMax =>
        Model is null ? 0 : Model.Panels.SelectMany(p => p.Provinces).Select(p => (double)p.Total).DefaultIfEmpty(0).Max();

    /// <summary>
    /// What leaves the page (<see cref="ViewExporter"/>): money per province and source (per year too in small
    /// multiples) as one OData shape whatever the filter, the workbook and the charts of this mode and measure.
    /// </summary>
    internal ViewExports Exports => ViewExporter.For(new ExportView(ExportPage.FundingSplit, EffectiveSlice, T.Language)
    {
        Layout = Mode == ModeMultiples ? ViewLayout.Multiples : ViewLayout.Stacked,
        Measure = Measure,
    });

    /// <summary>The named feed (FundingSplits / FundingSplitsByYear) where it holds exactly this view's numbers.</summary>
    internal List<ODataLink> MoreOData => Exports.MoreOData.Select(m => new ODataLink(T.ODataNamedFeed(m.Kind), m.Address)).ToList();

    internal List<EmbedLink> Embeds =>
        Exports.Charts.Select(c => EmbedLink.From(c, c.Measure == MeasureAmount ? T.ChartAmounts : T.ChartShares)).ToList();

    internal override void ReadPageKeys()
    {
        CheckKey("mode", ModeQuery, [YearToken, ViewLayout.Multiples.Token()]);
        CheckKey(ViewTokens.Layouts.Key, LayoutQuery, ViewTokens.Layouts.Tokens([ViewLayout.Stacked, ViewLayout.Multiples]));
        CheckKey(ViewTokens.Measures.Key, MeasureQuery, ViewTokens.Measures.Tokens([MeasureShare, MeasureAmount]));
        var multiples = ViewTokens.Layouts.Parse(LayoutQuery ?? ModeQuery) == ViewLayout.Multiples;
        Mode = multiples ? ModeMultiples : ModeQuery == YearToken ? ModeYear : ModePeriod;
        Measure = ViewTokens.Measures.Parse(MeasureQuery) == MeasureAmount ? MeasureAmount : MeasureShare;
        _yearAsked = int.TryParse(YearQuery, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? asked : null;
        ChosenYear = _yearAsked ?? Slice.ToYear ?? Catalog?.Years[^1] ?? 0; // 0: resolved when the catalogue is loaded
    }

    internal void ChangeMode(FundingMode mode)
    {
        var year = mode == ModeYear ? (Slice.ToYear ?? Catalog?.Years[^1])?.ToString(CultureInfo.InvariantCulture) : null;
        Go(
            null, ("mode", mode == ModeYear ? YearToken : null), ("year", year),
            (ViewTokens.Layouts.Key, mode == ModeMultiples ? ViewLayout.Multiples.Token() : null));
    }

    internal override async Task<FundingModel> LoadAsync(CubeCatalog catalog, WorkTally work, CancellationToken cancellation)
    {
        if (Mode == ModeYear && YearQuery is not null && _yearAsked is null)
        {
            throw UnknownValue(UiText.Fill(T.ErrorBadKey, "year", YearQuery, string.Join(", ", catalog.Years)));
        }

        if (Mode == ModeYear && !catalog.Years.Contains(ChosenYear))
        {
            // A year the address names and the plans do not cover is said, not quietly replaced by the last year.
            if (_yearAsked is not null)
            {
                throw UnknownValue(UiText.Fill(T.ErrorUnknownValue, "year", ChosenYear, $"{catalog.Years[0]}–{catalog.Years[^1]}"));
            }

            ChosenYear = catalog.Years[^1];
        }

        return await FundingLoader.LoadAsync(Queries, catalog, EffectiveSlice, Mode == ModeMultiples, T.Language, work, cancellation);
    }

    /// <summary>
    /// A panel's bars; a segment filters to its province and source, a label or total to its province — and, in a
    /// small multiple, to the panel's year too (what the mark stands for). One year's mode keeps its year.
    /// </summary>
    internal IReadOnlyList<BarRow> Bars(FundingPanel panel)
    {
        var year = Mode == ModeMultiples ? panel.Year : null;
        return panel.Provinces.Select(p => new BarRow(
            p.Code,
            p.Name,
            Model!.Sources.Select(
                s => new BarSegment(s, Catalog!.SourceShortName(s, T), Palette.Source(s), (double)p.Amount(s), F.Amount(p.Amount(s)),
                    F.Share(p.Share(s)), FilterLink(p.Code, s, year))).ToList(),
            F.Amount(p.Total),
            FilterLink(p.Code, year: year))).ToList();
    }

    private static bool IsEmpty(CubeSlice slice) =>
        slice.Provinces.Count == 0 && slice.Sources.Count == 0 && slice.Categories.Count == 0 && slice.FromYear is null && slice.ToYear is null;
}

/// <summary>What the funding page shows: the whole period, one year, or every year as small multiples.</summary>
public enum FundingMode
{
    /// <summary>The slice's whole period.</summary>
    Period,

    /// <summary>One year (<c>mode=year&amp;year=…</c>).</summary>
    Year,

    /// <summary>Year by year (<c>layout=multiples</c>).</summary>
    Multiples,
}
