using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Palette;
using EcomCompare.Views.Tokens;
using EcomCompare.Views.Words;

namespace EcomCompare.Charts.Definitions;

/// <summary>
/// <c>categories</c>: money per harmonized task category and province — grouped horizontal bars (default, one
/// colour per province) or a heatmap (<c>layout=heatmap</c>); amounts, or the category's share of the province's
/// money (<c>measure=share</c>). Every category of the slice is drawn, also one no province funds: that is a finding.
/// </summary>
internal sealed class CategoriesChart : IChartDefinition
{
    public string Name => "categories";

    public IReadOnlyList<Measure> Measures { get; } = [Measure.Amount, Measure.Share];

    public IReadOnlyList<ViewLayout> Layouts { get; } = [ViewLayout.Bars, ViewLayout.Heatmap];

    public int DefaultHeight => 640;

    public CubeQuestion Question(ChartRequest request) =>
        new CubeQuestion([CubeDimension.Category, CubeDimension.Province], request.Slice, Language: request.Language);

    public ChartFigure Build(ChartRequest request, CubeCatalog catalog, CubeResult result)
    {
        var language = request.Language;
        var en = language == Language.En;
        var words = ChartWords.For(language);
        var numbers = NumberDisplay.For(language);
        var slice = request.Slice;
        var share = request.Measure == Measure.Share;
        var heatmap = request.Layout == ViewLayout.Heatmap;

        var amounts = result.Rows.ToDictionary(r => (r.Keys[0]!, r.Keys[1]!), r => r.Amount);
        decimal Amount(string category, string province) => amounts.GetValueOrDefault((category, province));

        var categories = catalog.CategoriesIn(slice);
        var provinces = catalog.ProvincesIn(slice);
        var totals = provinces.ToDictionary(p => p.Code, p => categories.Sum(c => Amount(c, p.Code)));
        double? Value(string category, string province)
        {
            var amount = Amount(category, province);
            return share ? (totals[province] > 0 ? (double)(amount / totals[province]) : null) : (double)amount;
        }

        string? Label(string category, string province) =>
            Amount(category, province) > 0 && Value(category, province) is { } v ? (share ? numbers.Percent(v) : numbers.Amount(v)) : null;

        IChartLayer layer;
        if (heatmap)
        {
            var values = new double?[categories.Count, provinces.Count];
            var labels = new string?[categories.Count, provinces.Count];
            for (var c = 0; c < categories.Count; c++)
            {
                for (var p = 0; p < provinces.Count; p++)
                {
                    values[c, p] = Value(categories[c], provinces[p].Code);
                    labels[c, p] = Label(categories[c], provinces[p].Code) ?? "–";
                }
            }

            layer = new HeatmapLayer(values, labels);
        }
        else
        {
            var series = provinces.Select(p => new BarSeries(p.Name, ChartPalette.ForProvince(catalog.ProvinceIndex(p.Code)))).ToList();
            var bars = new List<Bar>();
            for (var c = 0; c < categories.Count; c++)
            {
                for (var p = 0; p < provinces.Count; p++)
                {
                    var value = Value(categories[c], provinces[p].Code) ?? 0;
                    bars.Add(new Bar(c, p, [new BarSegment(p, value, null)], Label(categories[c], provinces[p].Code)));
                }
            }

            layer = new BarLayer(series, bars, provinces.Count);
        }

        var period = MemberWords.Period(slice);
        var title = share
            ? (en ? $"How each province divides its money among task categories, {period}" : $"Cơ cấu kinh phí của tỉnh theo nhóm nhiệm vụ, {period}")
            : (en ? $"Funding by task category and province, {period}" : $"Kinh phí theo nhóm nhiệm vụ và tỉnh, {period}");
        var measured = share
            ? (en ? "Category's share of the province's money" : "Tỷ trọng của nhóm nhiệm vụ trong kinh phí của tỉnh")
            : words.MillionVnd;
        if (heatmap)
        {
            measured += " · " + words.DarkerIsMore;
        }

        var description = categories.Select(c => catalog.CategoryName(c, language) + ": " +
            string.Join(", ", provinces.Select(p => $"{p.Name} {Label(c, p.Code) ?? "0"}")));
        return new ChartFigure
        {
            Title = request.Title ?? title,
            Name = string.IsNullOrEmpty(request.Title) ? title : request.Title,
            Subtitle = ChartText.Subtitle(measured, slice with { Categories = [] }, catalog, language),
            Footnote = ChartText.Footnote(provinces, language),
            Description = string.Join(". ", description) + ".",
            Orientation = Orientation.Horizontal,
            Bands = categories.Select(c => catalog.CategoryName(c, language)).ToList(),
            Columns = heatmap ? provinces.Select(p => p.Name).ToList() : null,
            ValueAxis = heatmap ? null : share ? new ValueAxis(words.Share, numbers.PercentTick, 0) : new ValueAxis(words.MillionVnd, numbers.Amount),
            Layers = [layer],
            EmptyMessage = totals.Values.All(t => t == 0) ? words.NothingInSlice : null,
        };
    }
}
