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
/// <c>co-financing</c>: how much local money a province puts up per unit of central money, per year (local ÷
/// central; no point where a year has no central money), one line per province, the whole-period ratio in the
/// legend and a reference line where local equals central.
/// </summary>
internal sealed class CoFinancingChart : IChartDefinition
{
    public string Name => "co-financing";

    public IReadOnlyList<Measure> Measures { get; } = [];

    public IReadOnlyList<ViewLayout> Layouts { get; } = [ViewLayout.Lines];

    public bool UsesSources => false;

    public string FixedSourcesDescription => "local with central money";

    public CubeQuestion Question(ChartRequest request) =>
        new CubeQuestion(
            [CubeDimension.Province, CubeDimension.Year, CubeDimension.Source], request.Slice with { Sources = ["central", "local"] },
            Language: request.Language);

    public ChartFigure Build(ChartRequest request, CubeCatalog catalog, CubeResult result)
    {
        var language = request.Language;
        var en = language == Language.En;
        var words = ChartWords.For(language);
        var numbers = NumberDisplay.For(language);
        var slice = request.Slice with { Sources = ["central", "local"] };

        var amounts = result.Rows.ToDictionary(r => (r.Keys[0]!, int.Parse(r.Keys[1]!, CultureInfo.InvariantCulture), r.Keys[2]!), r => r.Amount);
        decimal Amount(string province, int year, string source) => amounts.GetValueOrDefault((province, year, source));

        var years = catalog.Years.Where(y => y >= slice.FromYear && y <= slice.ToYear).ToList();
        var provinces = catalog.ProvincesIn(slice);
        var series = new List<LineSeries>();
        var description = new List<string>();
        foreach (var province in provinces)
        {
            var index = catalog.ProvinceIndex(province.Code);
            var values = years.Select(y =>
            {
                var central = Amount(province.Code, y, "central");
                return central > 0 ? (double)(Amount(province.Code, y, "local") / central) : (double?)null;
            }).ToList();
            if (values.All(v => v is null))
            {
                continue;
            }

            var central = years.Sum(y => Amount(province.Code, y, "central"));
            var local = years.Sum(y => Amount(province.Code, y, "local"));
            var whole = numbers.Ratio((double)(local / central));
            var labels = values.Select(v => v is { } x ? numbers.Ratio(x) : null).ToList();
            series.Add(
                new LineSeries(
                    $"{province.Name} ({words.WholePeriod}: {whole})", ChartPalette.ForProvince(index), LineDash.Solid,
                    Markers.Cycle[index % Markers.Cycle.Count], values, labels));
            description.Add(
                $"{province.Name}: " + string.Join(
                    ", ", years.Select((y,
                        i) => string.Create(CultureInfo.InvariantCulture, $"{y} {labels[i] ?? "—"}"))) + $"; {words.WholePeriod} {whole}");
        }

        var period = MemberWords.Period(slice);
        var title = en ? $"Local money per unit of central money, {period}" : $"Vốn địa phương trên mỗi đồng vốn trung ương, {period}";
        var measured = en ? "Local money ÷ central money, per year" : "Kinh phí địa phương ÷ kinh phí trung ương, theo năm";
        return new ChartFigure
        {
            Title = request.Title ?? title,
            Name = string.IsNullOrEmpty(request.Title) ? title : request.Title,
            Subtitle = ChartText.Subtitle(measured, slice with { Sources = [] }, catalog, language),
            Footnote = ChartText.Footnote(provinces, language) + ChartText.NoYearSplitNote(provinces, catalog, language),
            Description = string.Join(". ", description) + ".",
            Orientation = Orientation.Vertical,
            Bands = years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(),
            ValueAxis = new ValueAxis(words.LocalPerCentral, numbers.RatioTick, 0),
            Layers = [new ReferenceLayer(1, words.LocalEqualsCentral), new LineLayer(series)],
            EmptyMessage = series.Count == 0 ? words.NothingInSlice : null,
        };
    }
}
