using System.Data.Common;
using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Schema;
using EcomCompare.Cube.Sql;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>budget-lines</c>: every budget line of the slice (province, year, source, category, item, agency, amount,
/// and the document and line it was read from), plus a summary sheet whose SUMIFS formulas add the lines up per
/// province and source — its stacked bar chart follows edits to the lines themselves.
/// </summary>
internal sealed class BudgetLinesComparison : IComparison
{
    // Column positions on the data sheet (the summary's SUMIFS formulas refer to them).
    private const int ProvinceColumn = 0, SourceColumn = 3, AmountColumn = 10;

    public string Name => "budget-lines";

    public ExportPage? Page => null;

    public IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; } = new Dictionary<string, IReadOnlyList<string>?>();

    public WorkbookTitle Describe(WorkbookRequest request) => request.Language == Language.En
        ? new("Budget lines of the plans",
            "Sheet Data: every budget line (province, year, source, category, item, lead agency, amount, document and line). "
            + "Sheet Summary: the lines added up per province and source (formulas).", "Money (million VND)")
        : new("Các dòng kinh phí của các kế hoạch",
            "Trang Dữ liệu: từng dòng kinh phí (tỉnh, năm, nguồn, nhóm, nội dung, cơ quan chủ trì, kinh phí, văn bản và dòng). "
            + "Trang Tổng hợp: cộng các dòng theo tỉnh và nguồn (công thức).", "Kinh phí (triệu đồng)");

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(
        WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var en = request.Language == Language.En;
        var lines = await queries.RunAsync(SqlRenderer.Render(Select(request.Slice, request.Language)), ReadLines,
            cancellation).ConfigureAwait(false);

        var columns = new List<SheetColumn>
        {
            new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 14), new(words.Year, ColumnKind.Integer, 8),
            new(words.SourceCode, ColumnKind.Text, 12), new(words.Source, ColumnKind.Text, 22), new(words.CategoryCode, ColumnKind.Text, 20),
            new(words.Category, ColumnKind.Text, 36), new(words.ItemCode, ColumnKind.Text, 9), new(words.Item, ColumnKind.Text, 60),
            new(words.Agency, ColumnKind.Text, 24), new(words.Amount, ColumnKind.Money, 14), new(words.Document, ColumnKind.Text, 16),
            new(words.Line, ColumnKind.Integer, 7), new(words.Unitemized, ColumnKind.Text, 10),
        };
        var rows = lines.Select(l => (IReadOnlyList<SheetCell>)
        [
            l.ProvinceCode, l.Province, l.Year, l.SourceCode, l.Source, l.CategoryCode, l.Category, l.ItemCode, l.ItemName,
            l.Agency, l.Amount, l.Document, l.Line, l.Unitemized ? words.Yes : null,
        ]).ToList();
        var data = new DataSheet(words.Data, columns, rows);

        // The summary: SUMIFS over the lines, so editing a line changes the totals and the chart.
        var provinces = catalog.ProvincesIn(request.Slice);
        decimal Sum(string province, string source) => lines.Where(l => l.ProvinceCode == province && l.SourceCode == source).Sum(l => l.Amount);
        var sources = Shared.Sources(request.Slice, catalog, provinces, Sum);
        var totalColumn = 2 + sources.Count;
        var summaryColumns = new List<SheetColumn> { new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 16) };
        summaryColumns.AddRange(sources.Select(s => new SheetColumn(Shared.SourceName(s, catalog, request.Language), ColumnKind.Money, 15)));
        summaryColumns.Add(new SheetColumn(words.Total, ColumnKind.Money, 15));
        var summaryRows = new List<IReadOnlyList<SheetCell>>();
        var dataSheet = CellReference.Sheet(words.Data);
        string Column(int c) => $"{dataSheet}!${CellReference.Column(c)}:${CellReference.Column(c)}";
        for (var i = 0; i < provinces.Count; i++)
        {
            var row = i + 2;
            var cells = new List<SheetCell> { provinces[i].Code, provinces[i].Name };
            cells.AddRange(sources.Select(s => new SheetCell(
                Sum(provinces[i].Code, s),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"SUMIFS({Column(AmountColumn)},{Column(ProvinceColumn)},$A{row},{Column(SourceColumn)},\"{s}\")"))));
            cells.Add(new SheetCell(sources.Sum(s => Sum(provinces[i].Code, s)), Shared.Sum(2, totalColumn - 1, row)));
            summaryRows.Add(cells);
        }

        var period = Shared.Period(request.Slice);
        var chart = new ExcelChart(
            ExcelChartKind.BarStacked,
            en ? $"Funding by source and province, {period}" : $"Kinh phí theo nguồn và tỉnh, {period}",
            words.MillionVnd,
            "#,##0",
            sources.Select(
                (s, k) => new ExcelSeries(summaryColumns[2 + k].Header, (2 + k, 1), 2 + k, 2, provinces.Count + 1, 1,
                    Shared.SourceColor(s))).ToList());
        var summary = new DataSheet(words.Summary, summaryColumns, summaryRows) { Chart = provinces.Count == 0 ? null : chart };
        return [data, summary];
    }

    private static SqlSelect Select(CubeSlice slice, Language language)
    {
        var english = language == Language.En;
        string[] names = [
            "ProvinceCode", "Province", "Year", "SourceCode", english ? "Source" : "SourceVi", "CategoryCode", english ? "Category" : "CategoryVi",
            "ItemCode", "ItemName", "Agency", "Amount", "Document", "Line", "IsUnitemized"];
        return new SqlSelect
        {
            Items = names.Select((n, i) => new SqlSelectItem(SqlExpr.Col(n), "c" + i.ToString(CultureInfo.InvariantCulture))).ToList(),
            From = new SqlRelation(CubeSchema.BudgetLines),
            Where = CubeSql.Where(slice),
            OrderBy = [
                new SqlOrder(SqlExpr.Col("ProvinceOrder")), new SqlOrder(SqlExpr.Col("ItemOrder")), new SqlOrder(SqlExpr.Col("Year")),
                new SqlOrder(SqlExpr.Col("SourceOrder")), new SqlOrder(SqlExpr.Col("Id"))],
        };
    }

    private static List<BudgetLine> ReadLines(DbDataReader r)
    {
        var lines = new List<BudgetLine>();
        while (r.Read())
        {
            lines.Add(new BudgetLine(
                r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
                r.GetString(7), r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9), r.GetDecimal(10), r.GetString(11), r.GetInt32(12),
                r.GetBoolean(13)));
        }

        return lines;
    }

    private sealed record BudgetLine(
        string ProvinceCode, string Province, int Year, string SourceCode, string Source, string CategoryCode, string Category,
        string ItemCode, string ItemName, string? Agency, decimal Amount, string Document, int Line, bool Unitemized);
}
