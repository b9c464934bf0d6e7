using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Palette;
using EcomCompare.Views.Tokens;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>categories</c>: one row per harmonized task category, one money column per province and the total, and a
/// clustered bar chart of the province columns (the province colours of the charts). <c>measure=share</c> adds,
/// per province, the category's share of the province's money (a formula over the column) — the dashboard's
/// default cells. <c>by=native</c>: each province's own groups instead, one row per province and group.
/// </summary>
internal sealed class CategoriesComparison : IComparison
{
    public string Name => "categories";

    public ExportPage? Page => ExportPage.Categories;

    public IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; } =
        new Dictionary<string, IReadOnlyList<string>?>
        {
            [ViewTokens.Groupings.Key] = ViewTokens.Groupings.Tokens(ViewTokens.Groupings.Values),
            [ViewTokens.Measures.Key] = ViewTokens.Measures.Tokens([Measure.Amount, Measure.Share]),
        };

    public WorkbookTitle Describe(WorkbookRequest request)
    {
        var shares = request.View.Measure == Measure.Share;
        return (request.Language == Language.En, request.View.Grouping == Grouping.Native) switch
        {
            (false, true) => new("Kinh phí theo nhóm riêng của từng tỉnh",
                "Mỗi tỉnh và nhóm của tỉnh một dòng (nhóm như văn bản của tỉnh ghi): kinh phí và tỷ trọng trong tổng kinh phí của tỉnh.",
                "Kinh phí (triệu đồng) và tỷ trọng trong tổng kinh phí của tỉnh (%)"),
            (true, true) => new("Funding by each province's own groups",
                "One row per province and own group (as the province's document groups its tasks): money and its share of the province's money.",
                "Money (million VND) and share of the province's money (%)"),
            (false, false) => new("Kinh phí theo nhóm nhiệm vụ và tỉnh",
                "Mỗi nhóm nhiệm vụ (đã quy về nhóm chung) một dòng, mỗi tỉnh một cột, và tổng"
                + (shares ? "; rồi tỷ trọng của nhóm trong kinh phí của mỗi tỉnh." : "."),
                shares ? "Kinh phí (triệu đồng) và tỷ trọng trong tổng kinh phí của tỉnh (%)" : "Kinh phí (triệu đồng)"),
            (true, false) => new("Funding by task category and province",
                "One row per harmonized task category, one column per province, and the total"
                + (shares ? "; then the category's share of each province's money." : "."),
                shares ? "Money (million VND) and share of the province's money (%)" : "Money (million VND)"),
        };
    }

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(
        WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        if (request.View.Grouping == Grouping.Native)
        {
            return await NativeAsync(request, queries, cancellation).ConfigureAwait(false);
        }

        var words = WorkbookWords.For(request.Language);
        var en = request.Language == Language.En;
        var slice = request.Slice;
        var shares = request.View.Measure == Measure.Share;
        var result = await queries.AskAsync(
            new CubeQuestion([CubeDimension.Category, CubeDimension.Province], slice, Language: request.Language),
            cancellation).ConfigureAwait(false);
        var amounts = result.Rows.ToDictionary(r => (r.Keys[0]!, r.Keys[1]!), r => r.Amount);

        var categories = catalog.CategoriesIn(slice);
        var provinces = catalog.ProvincesIn(slice);
        var totalColumn = 2 + provinces.Count;
        var columns = new List<SheetColumn> { new(words.CategoryCode, ColumnKind.Text, 20), new(words.Category, ColumnKind.Text, 44) };
        columns.AddRange(provinces.Select(p => new SheetColumn(p.Name, ColumnKind.Money, 14)));
        columns.Add(new SheetColumn(words.Total, ColumnKind.Money, 14));
        if (shares)
        {
            columns.AddRange(provinces.Select(p => new SheetColumn($"{words.ShareOf}{p.Name}", ColumnKind.Share, 16)));
        }

        var provinceTotals = provinces.ToDictionary(p => p.Code, p => categories.Sum(c => amounts.GetValueOrDefault((c, p.Code))));
        var lastRow = categories.Count + 1;
        var rows = new List<IReadOnlyList<SheetCell>>();
        foreach (var category in categories)
        {
            var row = rows.Count + 2;
            var cells = new List<SheetCell> { category, catalog.CategoryName(category, request.Language) };
            cells.AddRange(provinces.Select(p => (SheetCell)amounts.GetValueOrDefault((category, p.Code))));
            cells.Add(new SheetCell(provinces.Sum(p => amounts.GetValueOrDefault((category, p.Code))), Shared.Sum(2, totalColumn - 1, row)));
            if (shares)
            {
                // The share of the province's money within the slice: the cell over its column's sum.
                cells.AddRange(provinces.Select((p, k) =>
                {
                    var column = CellReference.Column(2 + k);
                    var sum = $"SUM({column}$2:{column}${lastRow})";
                    var total = provinceTotals[p.Code];
                    return new SheetCell(
                        total == 0 ? null : (double)(amounts.GetValueOrDefault((category, p.Code)) / total), $"IF({sum}=0,\"\",{column}{row}/{sum})");
                }));
            }

            rows.Add(cells);
        }

        var period = Shared.Period(slice);
        var chart = new ExcelChart(
            ExcelChartKind.BarClustered,
            en ? $"Funding by task category and province, {period}" : $"Kinh phí theo nhóm nhiệm vụ và tỉnh, {period}",
            words.MillionVnd,
            "#,##0",
            provinces.Select(
                (p, k) => new ExcelSeries(
                    p.Name, (2 + k, 1), 2 + k, 2, categories.Count + 1, 1, ChartPalette.ForProvince(catalog.ProvinceIndex(p.Code)))).ToList());
        return [new DataSheet(words.Data, columns, rows) { Chart = provinces.Count == 0 || categories.Count == 0 ? null : chart }];
    }

    /// <summary>
    /// <c>by=native</c>: one row per province and own group — the amount and its share of the province's money
    /// (a SUMIF over the province's rows) — as the dashboard's "own groups" table.
    /// </summary>
    private static async Task<IReadOnlyList<DataSheet>> NativeAsync(WorkbookRequest request, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var result = await queries.AskAsync(
            new CubeQuestion(
                [CubeDimension.Province, CubeDimension.NativeGroup], request.Slice, CubeTotals.None, [CubeDimension.Province], request.Language),
            cancellation).ConfigureAwait(false);
        var columns = new List<SheetColumn>
        {
            new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 16), new(words.NativeGroup, ColumnKind.Text, 60),
            new(words.Amount, ColumnKind.Money, 16), new(words.ShareOfProvince, ColumnKind.Share, 18),
        };
        var last = result.Rows.Count + 1;
        var rows = result.Rows.Select((r, i) =>
        {
            var row = i + 2;
            var key = r.Keys[1]!;
            var code = key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];
            var name = r.Labels[1] ?? code;
            var sum = $"SUMIF($A$2:$A${last},$A{row},$D$2:$D${last})";
            return (IReadOnlyList<SheetCell>)
            [
                r.Keys[0], r.Labels[0], name.StartsWith(code, StringComparison.Ordinal) ? name : $"{code}. {name}", r.Amount,
                new SheetCell(r.Share, $"IF({sum}=0,\"\",D{row}/{sum})"),
            ];
        }).ToList();
        return [new DataSheet(words.Data, columns, rows)];
    }
}
