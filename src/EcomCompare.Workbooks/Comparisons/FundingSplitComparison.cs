using EcomCompare.Charts.Requests;
using EcomCompare.Charts.Text;
using EcomCompare.Cube.Query;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>funding-split</c>: one row per province — money per funding source, the total (a SUM formula) and each
/// source's share (formulas) — and a 100%-stacked bar chart of the source columns.
/// </summary>
internal sealed class FundingSplitComparison : IComparison
{
    public string Name => "funding-split";

    public IReadOnlyList<string> ODataGroupBy { get; } = ["ProvinceCode", "SourceCode"];

    public string? ChartName => "funding-split";

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var en = request.Language == ChartLanguage.En;
        var result = await queries.AskAsync(new CubeQuestion([CubeDimension.Province, CubeDimension.Source], request.Slice, Language: request.LanguageCode), cancellation).ConfigureAwait(false);
        var amounts = result.Rows.ToDictionary(r => (r.Keys[0]!, r.Keys[1]!), r => r.Amount);
        decimal Amount(string province, string source) => amounts.GetValueOrDefault((province, source));

        var provinces = Charts.Definitions.ChartText.Provinces(request.Slice, catalog);
        var sources = Shared.Sources(request.Slice, catalog, provinces, Amount);
        var totalColumn = 2 + sources.Count;
        var columns = new List<SheetColumn> { new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 16) };
        columns.AddRange(sources.Select(s => new SheetColumn(Shared.SourceName(s, catalog, request.Language), ColumnKind.Money, 15)));
        columns.Add(new SheetColumn(words.Total, ColumnKind.Money, 15));
        columns.AddRange(sources.Select(s => new SheetColumn(words.ShareOf + Shared.SourceName(s, catalog, request.Language).ToLowerInvariant(), ColumnKind.Share, 16)));

        var rows = new List<IReadOnlyList<SheetCell>>();
        for (var i = 0; i < provinces.Count; i++)
        {
            var row = i + 2;
            var code = provinces[i].Code;
            var total = sources.Sum(s => Amount(code, s));
            var cells = new List<SheetCell> { code, provinces[i].Name };
            cells.AddRange(sources.Select(s => (SheetCell)Amount(code, s)));
            cells.Add(new SheetCell(total, Shared.Sum(2, totalColumn - 1, row)));
            cells.AddRange(sources.Select((s, k) => Shared.Share(2 + k, totalColumn, row, Amount(code, s), total)));
            rows.Add(cells);
        }

        var period = Shared.Period(request.Slice);
        var chart = new ExcelChart(
            ExcelChartKind.BarPercentStacked,
            en ? $"Funding split by province, {period}" : $"Cơ cấu nguồn kinh phí theo tỉnh, {period}",
            words.ShareAxis,
            "0%",
            sources.Select((s, k) => new ExcelSeries(columns[2 + k].Header, (2 + k, 1), 2 + k, 2, provinces.Count + 1, 1, Shared.SourceColor(s))).ToList());
        return [new DataSheet(words.Data, columns, rows) { Chart = provinces.Count == 0 ? null : chart }];
    }
}
