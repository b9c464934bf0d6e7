using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Palette;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>funding-trend</c>: one row per province and year — money per funding source and the total — and a line
/// chart with one line per province and source, each referencing that province's block of rows.
/// </summary>
internal sealed class FundingTrendComparison : IComparison
{
    public string Name => "funding-trend";

    public ExportPage? Page => ExportPage.Trends;

    public IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; } = new Dictionary<string, IReadOnlyList<string>?>();

    public WorkbookTitle Describe(WorkbookRequest request) => request.Language == Language.En
        ? new("Funding per year by province and source", "One row per province and year: money per funding source and the total.",
            "Money (million VND)")
        : new("Kinh phí theo năm, tỉnh và nguồn", "Mỗi tỉnh và năm một dòng: kinh phí theo từng nguồn và tổng.", "Kinh phí (triệu đồng)");

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(
        WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var en = request.Language == Language.En;
        var slice = request.Slice;
        var result = await queries.AskAsync(
            new CubeQuestion([CubeDimension.Province, CubeDimension.Year, CubeDimension.Source], slice, Language: request.Language),
            cancellation).ConfigureAwait(false);
        var amounts = result.Rows.ToDictionary(r => (r.Keys[0]!, int.Parse(r.Keys[1]!, CultureInfo.InvariantCulture), r.Keys[2]!), r => r.Amount);
        decimal Amount(string province, int year, string source) => amounts.GetValueOrDefault((province, year, source));

        var years = catalog.Years.Where(y => y >= slice.FromYear && y <= slice.ToYear).ToList();
        var provinces = catalog.ProvincesIn(slice);
        var sources = Shared.Sources(slice, catalog, provinces, (p, s) => years.Sum(y => Amount(p, y, s)));
        var totalColumn = 3 + sources.Count;
        var columns = new List<SheetColumn> { new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 16), new(
            words.Year, ColumnKind.Integer, 8) };
        columns.AddRange(sources.Select(s => new SheetColumn(Shared.SourceName(s, catalog, request.Language), ColumnKind.Money, 15)));
        columns.Add(new SheetColumn(words.Total, ColumnKind.Money, 15));

        var rows = new List<IReadOnlyList<SheetCell>>();
        var series = new List<ExcelSeries>();
        foreach (var province in provinces)
        {
            var first = rows.Count + 2;
            foreach (var year in years)
            {
                var row = rows.Count + 2;
                var cells = new List<SheetCell> { province.Code, province.Name, year };
                cells.AddRange(sources.Select(s => (SheetCell)Amount(province.Code, year, s)));
                cells.Add(new SheetCell(sources.Sum(s => Amount(province.Code, year, s)), Shared.Sum(3, totalColumn - 1, row)));
                rows.Add(cells);
            }

            var last = rows.Count + 1;
            for (var k = 0; k < sources.Count; k++)
            {
                if (years.Any(y => Amount(province.Code, y, sources[k]) != 0))
                {
                    series.Add(
                        new ExcelSeries(
                            $"{province.Name} · {columns[3 + k].Header}", null, 3 + k, first, last, 2, ChartPalette.ForSource(sources[k]),
                            catalog.ProvinceIndex(province.Code)));
                }
            }
        }

        var period = Shared.Period(slice);
        var chart = new ExcelChart(
            ExcelChartKind.Line,
            en ? $"Funding per year by province and source, {period}" : $"Kinh phí theo năm, tỉnh và nguồn, {period}",
            words.MillionVnd,
            "#,##0",
            series);
        return [new DataSheet(words.Data, columns, rows) { Chart = series.Count == 0 ? null : chart }];
    }
}
