using EcomCompare.Charts;
using EcomCompare.Charts.Definitions;
using EcomCompare.Charts.Requests;
using EcomCompare.Charts.Text;
using EcomCompare.Cube.Query;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>categories</c>: one row per harmonized task category, one money column per province and the total, and a
/// clustered bar chart of the province columns (the province colours of the charts).
/// </summary>
internal sealed class CategoriesComparison : IComparison
{
    public string Name => "categories";

    public IReadOnlyList<string> ODataGroupBy { get; } = ["CategoryCode", "ProvinceCode"];

    public string? ChartName => "categories";

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var en = request.Language == ChartLanguage.En;
        var slice = request.Slice;
        var result = await queries.AskAsync(new CubeQuestion([CubeDimension.Category, CubeDimension.Province], slice, Language: request.LanguageCode), cancellation).ConfigureAwait(false);
        var amounts = result.Rows.ToDictionary(r => (r.Keys[0]!, r.Keys[1]!), r => r.Amount);

        var categories = ChartText.Categories(slice, catalog);
        var provinces = ChartText.Provinces(slice, catalog);
        var totalColumn = 2 + provinces.Count;
        var columns = new List<SheetColumn> { new(words.CategoryCode, ColumnKind.Text, 20), new(words.Category, ColumnKind.Text, 44) };
        columns.AddRange(provinces.Select(p => new SheetColumn(p.Name, ColumnKind.Money, 14)));
        columns.Add(new SheetColumn(words.Total, ColumnKind.Money, 14));

        var rows = new List<IReadOnlyList<SheetCell>>();
        foreach (var category in categories)
        {
            var row = rows.Count + 2;
            var cells = new List<SheetCell> { category, ChartText.CategoryName(category, catalog, request.Language) };
            cells.AddRange(provinces.Select(p => (SheetCell)amounts.GetValueOrDefault((category, p.Code))));
            cells.Add(new SheetCell(provinces.Sum(p => amounts.GetValueOrDefault((category, p.Code))), Shared.Sum(2, totalColumn - 1, row)));
            rows.Add(cells);
        }

        var period = Shared.Period(slice);
        var chart = new ExcelChart(
            ExcelChartKind.BarClustered,
            en ? $"Funding by task category and province, {period}" : $"Kinh phí theo nhóm nhiệm vụ và tỉnh, {period}",
            words.MillionVnd,
            "#,##0",
            provinces.Select((p, k) => new ExcelSeries(p.Name, (2 + k, 1), 2 + k, 2, categories.Count + 1, 1, ChartPalette.ForProvince(catalog.ProvinceIndex(p.Code)))).ToList());
        return [new DataSheet(words.Data, columns, rows) { Chart = provinces.Count == 0 || categories.Count == 0 ? null : chart }];
    }
}
