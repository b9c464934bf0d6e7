using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Rendering.Plots;
using EcomCompare.Charts.Requests;
using EcomCompare.Charts.Text;
using EcomCompare.Cube.Query;

namespace EcomCompare.Charts.Definitions;

/// <summary>
/// <c>funding-split</c>: one horizontal bar per province, split into central / local / enterprise money —
/// 100%-stacked shares (<c>measure=share</c>, default) or stacked amounts with the total at the end
/// (<c>measure=amount</c>).
/// </summary>
internal sealed class FundingSplitChart : IChartDefinition
{
    public string Name => "funding-split";

    public IReadOnlyList<string> Measures { get; } = ["share", "amount"];

    public IReadOnlyList<string> Layouts { get; } = ["stacked"];

    public int DefaultHeight => 420;

    public async Task<ChartFigure> BuildAsync(ChartRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var language = request.Language;
        var en = language == ChartLanguage.En;
        var words = ChartWords.For(language);
        var numbers = NumberDisplay.For(language);
        var slice = request.Slice;
        var share = request.Measure == "share";

        var result = await queries.AskAsync(new CubeQuestion([CubeDimension.Province, CubeDimension.Source], slice, Language: request.LanguageCode), cancellation).ConfigureAwait(false);
        var amounts = result.Rows.ToDictionary(r => (r.Keys[0]!, r.Keys[1]!), r => r.Amount);
        decimal Amount(string province, string source) => amounts.GetValueOrDefault((province, source));

        var provinces = ChartText.Provinces(slice, catalog);
        // A source is drawn if the slice names it or some province plans money from it.
        var sources = ChartText.Sources(slice, catalog)
            .Where(s => slice.Sources.Contains(s) || provinces.Any(p => Amount(p.Code, s) > 0)).ToList();
        var series = sources.Select(s => new BarSeries(ChartText.SourceName(s, catalog, language), ChartPalette.ForSource(s))).ToList();

        var bars = new List<Bar>();
        var description = new List<string>();
        for (var i = 0; i < provinces.Count; i++)
        {
            var code = provinces[i].Code;
            var total = sources.Sum(s => Amount(code, s));
            var segments = sources.Select((s, k) =>
            {
                var amount = Amount(code, s);
                var value = share ? (total > 0 ? (double)(amount / total) : 0) : (double)amount;
                var label = amount > 0 ? (share ? numbers.Percent(value) : numbers.Amount((double)amount)) : null;
                return new BarSegment(k, value, label);
            }).ToList();
            bars.Add(new Bar(i, 0, segments, total == 0 ? words.NoMoney : share ? null : numbers.Amount((double)total)));
            description.Add($"{provinces[i].Name}: " + string.Join(", ", sources.Select(s =>
                $"{ChartText.SourceName(s, catalog, language)} {numbers.Amount((double)Amount(code, s))}" +
                (total > 0 ? $" ({numbers.Percent((double)(Amount(code, s) / total))})" : string.Empty))) +
                $"; {(en ? "total" : "tổng")} {numbers.Amount((double)total)}");
        }

        var period = ChartText.Period(slice);
        var title = share
            ? (en ? $"Funding split by province, {period}" : $"Cơ cấu nguồn kinh phí theo tỉnh, {period}")
            : (en ? $"Funding by source and province, {period}" : $"Kinh phí theo nguồn và tỉnh, {period}");
        var measured = share
            ? (en ? "Each source's share of the province's total" : "Tỷ trọng của từng nguồn trong tổng kinh phí của tỉnh")
            : words.MillionVnd;
        return new ChartFigure
        {
            Title = request.Title ?? title,
            Name = string.IsNullOrEmpty(request.Title) ? title : request.Title,
            Subtitle = ChartText.Subtitle(measured, slice, catalog, language),
            Footnote = ChartText.Footnote(provinces, language),
            Description = string.Join(". ", description) + ".",
            Orientation = Orientation.Horizontal,
            Bands = provinces.Select(p => p.Name).ToList(),
            ValueAxis = share
                ? new ValueAxis(words.Share, numbers.PercentTick, 0, 1)
                : new ValueAxis(words.MillionVnd, numbers.Amount),
            Plots = [new BarPlot(series, bars, 1)],
            EmptyMessage = bars.All(b => b.Segments.All(s => s.Value <= 0)) ? words.NothingInSlice : null,
        };
    }
}
