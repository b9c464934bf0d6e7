using System.Globalization;
using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Palette;
using EcomCompare.Views.Tokens;
using EcomCompare.Views.Words;

namespace EcomCompare.Charts.Definitions;

/// <summary>
/// <c>funding-split</c>: one horizontal bar per province, split into central / local / enterprise money —
/// 100%-stacked shares (<c>measure=share</c>, default) or stacked amounts with the total at the end
/// (<c>measure=amount</c>). <c>layout=multiples</c> draws the same bars once per year of the slice, the years one
/// under the other on a common scale (the dashboard's small multiples, <c>/?mode=multiples</c>).
/// </summary>
internal sealed class FundingSplitChart : IChartDefinition
{
    public string Name => "funding-split";

    public IReadOnlyList<Measure> Measures { get; } = [Measure.Share, Measure.Amount];

    public IReadOnlyList<ViewLayout> Layouts { get; } = [ViewLayout.Stacked, ViewLayout.Multiples];

    public int DefaultHeight => 420;

    public CubeQuestion Question(ChartRequest request) => request.Layout == ViewLayout.Multiples
        ? new CubeQuestion([CubeDimension.Province, CubeDimension.Year, CubeDimension.Source], request.Slice, Language: request.Language)
        : new CubeQuestion([CubeDimension.Province, CubeDimension.Source], request.Slice, Language: request.Language);

    public ChartFigure Build(ChartRequest request, CubeCatalog catalog, CubeResult result)
    {
        var language = request.Language;
        var en = language == Language.En;
        var words = ChartWords.For(language);
        var numbers = NumberDisplay.For(language);
        var slice = request.Slice;
        var share = request.Measure == Measure.Share;
        var multiples = request.Layout == ViewLayout.Multiples;

        // Keyed by (province, year or 0 for the whole period, source).
        var amounts = result.Rows.ToDictionary(
            r => (r.Keys[0]!, multiples ? int.Parse(r.Keys[1]!, CultureInfo.InvariantCulture) : 0, r.Keys[multiples ? 2 : 1]!),
            r => r.Amount);
        decimal Amount(string province, int year, string source) => amounts.GetValueOrDefault((province, year, source));

        var provinces = catalog.ProvincesIn(slice);
        IReadOnlyList<int> years = multiples ? catalog.Years.Where(y => y >= slice.FromYear && y <= slice.ToYear).ToList() : [0];
        // A source is drawn if the slice names it or some province plans money from it.
        var sources = catalog.SourcesIn(slice)
            .Where(s => slice.Sources.Contains(s) || provinces.Any(p => years.Any(y => Amount(p.Code, y, s) > 0))).ToList();
        var series = sources.Select(s => new BarSeries(MemberWords.SourceName(s, catalog, language), ChartPalette.ForSource(s))).ToList();

        var bars = new List<Bar>();
        var bands = new List<string>();
        var description = new List<string>();
        foreach (var year in years)
        {
            foreach (var province in provinces)
            {
                var code = province.Code;
                var total = sources.Sum(s => Amount(code, year, s));
                var segments = sources.Select((s, k) =>
                {
                    var amount = Amount(code, year, s);
                    var value = share ? (total > 0 ? (double)(amount / total) : 0) : (double)amount;
                    var label = amount > 0 ? (share ? numbers.Percent(value) : numbers.Amount((double)amount)) : null;
                    return new BarSegment(k, value, label);
                }).ToList();
                bars.Add(new Bar(bands.Count, 0, segments, total == 0 ? words.NoMoney : share ? null : numbers.Amount((double)total)));
                bands.Add(province.Name);
                var name = multiples ? string.Create(CultureInfo.InvariantCulture, $"{year} {province.Name}") : province.Name;
                description.Add($"{name}: " + string.Join(", ", sources.Select(s =>
                    $"{MemberWords.SourceName(s, catalog, language)} {numbers.Amount((double)Amount(code, year, s))}" +
                    (total > 0 ? $" ({numbers.Percent((double)(Amount(code, year, s) / total))})" : string.Empty))) +
                    $"; {(en ? "total" : "tổng")} {numbers.Amount((double)total)}");
            }
        }

        var period = MemberWords.Period(slice);
        var title = (share, multiples) switch
        {
            (true, false) => en ? $"Funding split by province, {period}" : $"Cơ cấu nguồn kinh phí theo tỉnh, {period}",
            (false, false) => en ? $"Funding by source and province, {period}" : $"Kinh phí theo nguồn và tỉnh, {period}",
            (true, true) => en ? $"Funding split by province, year by year, {period}" : $"Cơ cấu nguồn kinh phí theo tỉnh, từng năm, {period}",
            (false, true) => en ? $"Funding by source and province, year by year, {period}" : $"Kinh phí theo nguồn và tỉnh, từng năm, {period}",
        };
        var measured = share
            ? (en ? "Each source's share of the province's total" : "Tỷ trọng của từng nguồn trong tổng kinh phí của tỉnh")
            : words.MillionVnd;
        return new ChartFigure
        {
            Title = request.Title ?? title,
            Name = string.IsNullOrEmpty(request.Title) ? title : request.Title,
            Subtitle = ChartText.Subtitle(measured, slice, catalog, language),
            Footnote = ChartText.Footnote(provinces, language) + (multiples ? ChartText.NoYearSplitNote(provinces, catalog, language) : string.Empty),
            Description = string.Join(". ", description) + ".",
            Orientation = Orientation.Horizontal,
            Bands = bands,
            Groups = multiples ? years.Select(y => new BandGroup(y.ToString(CultureInfo.InvariantCulture), provinces.Count)).ToList() : null,
            ValueAxis = share
                ? new ValueAxis(words.Share, numbers.PercentTick, 0, 1)
                : new ValueAxis(words.MillionVnd, numbers.Amount),
            Layers = [new BarLayer(series, bars, 1)],
            EmptyMessage = bars.All(b => b.Segments.All(s => s.Value <= 0)) ? words.NothingInSlice : null,
        };
    }
}
