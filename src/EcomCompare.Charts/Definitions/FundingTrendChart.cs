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
/// <c>funding-trend</c>: money per year, one line per province and funding source — colour = source (the fixed
/// palette), marker and dash = province — as amounts (default) or as the source's share of the province's money
/// that year (<c>measure=share</c>). <c>layout=columns</c> draws grouped columns instead: per province a block of
/// years on a common scale, in each year one column per source (the dashboard's <c>/trends?chart=columns</c>).
/// </summary>
internal sealed class FundingTrendChart : IChartDefinition
{
    public string Name => "funding-trend";

    public IReadOnlyList<Measure> Measures { get; } = [Measure.Amount, Measure.Share];

    public IReadOnlyList<ViewLayout> Layouts { get; } = [ViewLayout.Lines, ViewLayout.Columns];

    public CubeQuestion Question(ChartRequest request) =>
        new CubeQuestion([CubeDimension.Province, CubeDimension.Year, CubeDimension.Source], request.Slice, Language: request.Language);

    public ChartFigure Build(ChartRequest request, CubeCatalog catalog, CubeResult result)
    {
        var language = request.Language;
        var en = language == Language.En;
        var words = ChartWords.For(language);
        var numbers = NumberDisplay.For(language);
        var slice = request.Slice;
        var share = request.Measure == Measure.Share;

        var amounts = result.Rows.ToDictionary(r => (r.Keys[0]!, int.Parse(r.Keys[1]!, CultureInfo.InvariantCulture), r.Keys[2]!), r => r.Amount);
        decimal Amount(string province, int year, string source) => amounts.GetValueOrDefault((province, year, source));

        var years = catalog.Years.Where(y => y >= slice.FromYear && y <= slice.ToYear).ToList();
        var provinces = catalog.ProvincesIn(slice);
        var sources = catalog.SourcesIn(slice);
        var series = new List<LineSeries>();
        var description = new List<string>();
        foreach (var province in provinces)
        {
            var index = catalog.ProvinceIndex(province.Code);
            foreach (var source in sources)
            {
                if (years.All(y => Amount(province.Code, y, source) == 0))
                {
                    continue; // a line along zero says nothing and crowds the legend
                }

                var values = years.Select(y =>
                {
                    var amount = Amount(province.Code, y, source);
                    var total = sources.Sum(s => Amount(province.Code, y, s));
                    return share ? (total > 0 ? (double)(amount / total) : (double?)null) : (double)amount;
                }).ToList();
                var labels = values.Select(v => v is { } x ? (share ? numbers.Percent(x) : numbers.Amount(x)) : null).ToList();
                var name = $"{province.Name} · {MemberWords.SourceName(source, catalog, language)}";
                series.Add(
                    new LineSeries(
                        name, ChartPalette.ForSource(source), Markers.Dashes[index % Markers.Dashes.Count],
                        Markers.Cycle[index % Markers.Cycle.Count], values, labels));
                description.Add(
                    name + ": " + string.Join(", ", years.Select((y, i) => string.Create(CultureInfo.InvariantCulture, $"{y} {labels[i] ?? "—"}"))));
            }
        }

        var columns = request.Layout == ViewLayout.Columns;
        IChartLayer layer = new LineLayer(series);
        var bands = years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        IReadOnlyList<BandGroup>? groups = null;
        if (columns)
        {
            // Per province a block of years, in each year one column per source: the province is the block's label.
            var drawn = provinces.Where(p => sources.Any(s => years.Any(y => Amount(p.Code, y, s) != 0))).ToList();
            var bars = new List<Bar>();
            for (var p = 0; p < drawn.Count; p++)
            {
                for (var y = 0; y < years.Count; y++)
                {
                    var total = sources.Sum(s => Amount(drawn[p].Code, years[y], s));
                    for (var k = 0; k < sources.Count; k++)
                    {
                        var amount = Amount(drawn[p].Code, years[y], sources[k]);
                        var value = share ? (total > 0 ? (double)(amount / total) : 0) : (double)amount;
                        var label = amount > 0 ? (share ? numbers.Percent(value) : numbers.Amount(value)) : null;
                        bars.Add(new Bar((p * years.Count) + y, k, [new BarSegment(k, value, null)], label));
                    }
                }
            }

            layer = new BarLayer(
                sources.Select(s => new BarSeries(MemberWords.SourceName(s, catalog, language), ChartPalette.ForSource(s))).ToList(), bars,
                sources.Count);
            bands = drawn.SelectMany(_ => years.Select(y => y.ToString(CultureInfo.InvariantCulture))).ToList();
            groups = drawn.Select(p => new BandGroup(p.Name, years.Count)).ToList();
        }

        var period = MemberWords.Period(slice);
        var title = share
            ? (en ? $"Share of each source per year, {period}" : $"Tỷ trọng nguồn kinh phí theo năm, {period}")
            : (en ? $"Funding per year by province and source, {period}" : $"Kinh phí theo năm, tỉnh và nguồn, {period}");
        var measured = share
            ? (en ? "Each source's share of the province's money that year" : "Tỷ trọng của từng nguồn trong kinh phí của tỉnh trong năm")
            : words.MillionVnd;
        return new ChartFigure
        {
            Title = request.Title ?? title,
            Name = string.IsNullOrEmpty(request.Title) ? title : request.Title,
            Subtitle = ChartText.Subtitle(measured, slice, catalog, language),
            Footnote = ChartText.Footnote(provinces, language) + ChartText.NoYearSplitNote(provinces, catalog, language),
            Description = string.Join(". ", description) + ".",
            Orientation = Orientation.Vertical,
            Bands = bands,
            Groups = groups,
            ValueAxis = share ? new ValueAxis(words.Share, numbers.PercentTick, 0, 1) : new ValueAxis(words.MillionVnd, numbers.Amount),
            Layers = [layer],
            EmptyMessage = series.Count == 0 ? words.NothingInSlice : null,
        };
    }
}
