using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Tokens;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>funding-split</c>: one row per province — money per funding source, the total (a SUM formula) and each
/// source's share (formulas) — and a 100%-stacked bar chart of the source columns. <c>layout=multiples</c> (the
/// dashboard's small multiples by year): one row per province and year, with a year column.
/// </summary>
internal sealed class FundingSplitComparison : IComparison
{
    public string Name => "funding-split";

    public ExportPage? Page => ExportPage.FundingSplit;

    public IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; } =
        new Dictionary<string, IReadOnlyList<string>?>
        {
            [ViewTokens.Layouts.Key] = ViewTokens.Layouts.Tokens(
            [ViewLayout.Stacked, ViewLayout.Multiples])
        };

    public WorkbookTitle Describe(WorkbookRequest request) => (request.Language == Language.En, request.View.Layout == ViewLayout.Multiples) switch
    {
        (false, false) => new("Cơ cấu nguồn kinh phí theo tỉnh", "Mỗi tỉnh một dòng: kinh phí theo từng nguồn, tổng và tỷ trọng của từng nguồn.",
            "Kinh phí (triệu đồng) và tỷ trọng của mỗi nguồn trong tổng kinh phí của tỉnh (%)"),
        (false, true) => new("Cơ cấu nguồn kinh phí theo tỉnh và năm",
            "Mỗi tỉnh và năm một dòng: kinh phí theo từng nguồn, tổng và tỷ trọng của từng nguồn.",
            "Kinh phí (triệu đồng) và tỷ trọng của mỗi nguồn trong kinh phí của tỉnh trong năm (%)"),
        (true, false) => new("Funding split by province", "One row per province: money per funding source, the total and each source's share.",
            "Money (million VND) and each source's share of the province's money (%)"),
        (true, true) => new("Funding split by province and year",
            "One row per province and year: money per funding source, the total and each source's share.",
            "Money (million VND) and each source's share of the province's money in the year (%)"),
    };

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(
        WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var en = request.Language == Language.En;
        var multiples = request.View.Layout == ViewLayout.Multiples;
        var result = await queries.AskAsync(
            new CubeQuestion(
                multiples ? [CubeDimension.Province, CubeDimension.Year, CubeDimension.Source] : [CubeDimension.Province, CubeDimension.Source],
                request.Slice, Language: request.Language), cancellation).ConfigureAwait(false);
        // Whole period: year 0 stands for "all years".
        var amounts = result.Rows.ToDictionary(
            r => multiples ? (r.Keys[0]!, int.Parse(r.Keys[1]!, CultureInfo.InvariantCulture), r.Keys[2]!) : (r.Keys[0]!, 0, r.Keys[1]!),
            r => r.Amount);
        var years = multiples ? catalog.Years.Where(y => y >= request.Slice.FromYear && y <= request.Slice.ToYear).ToList() : [0];
        decimal Amount(string province, int year, string source) => amounts.GetValueOrDefault((province, year, source));

        var provinces = catalog.ProvincesIn(request.Slice);
        var sources = Shared.Sources(request.Slice, catalog, provinces, (p, s) => years.Sum(y => Amount(p, y, s)));
        var first = multiples ? 3 : 2;
        var totalColumn = first + sources.Count;
        var columns = new List<SheetColumn> { new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 16) };
        if (multiples)
        {
            columns.Add(new SheetColumn(words.Year, ColumnKind.Integer, 8));
        }

        columns.AddRange(sources.Select(s => new SheetColumn(Shared.SourceName(s, catalog, request.Language), ColumnKind.Money, 15)));
        columns.Add(new SheetColumn(words.Total, ColumnKind.Money, 15));
        columns.AddRange(
            sources.Select(
                s => new SheetColumn(words.ShareOf + Shared.SourceName(s, catalog, request.Language).ToLowerInvariant(), ColumnKind.Share, 16)));

        var rows = new List<IReadOnlyList<SheetCell>>();
        foreach (var province in provinces)
        {
            foreach (var year in years)
            {
                var row = rows.Count + 2;
                var code = province.Code;
                var total = sources.Sum(s => Amount(code, year, s));
                var cells = new List<SheetCell> { code, province.Name };
                if (multiples)
                {
                    cells.Add(year);
                }

                cells.AddRange(sources.Select(s => (SheetCell)Amount(code, year, s)));
                cells.Add(new SheetCell(total, Shared.Sum(first, totalColumn - 1, row)));
                cells.AddRange(sources.Select((s, k) => Shared.Share(first + k, totalColumn, row, Amount(code, year, s), total)));
                rows.Add(cells);
            }
        }

        var period = Shared.Period(request.Slice);
        var chart = new ExcelChart(
            ExcelChartKind.BarPercentStacked,
            en ? $"Funding split by province, {period}" : $"Cơ cấu nguồn kinh phí theo tỉnh, {period}",
            words.ShareAxis,
            "0%",
            // By year, the bars are labelled by the year column; the province is in the rows' own column.
            sources.Select(
                (s, k) => new ExcelSeries(
                    columns[first + k].Header, (first + k, 1), first + k, 2, rows.Count + 1, multiples ? 2 : 1, Shared.SourceColor(s))).ToList());
        return [new DataSheet(words.Data, columns, rows) { Chart = rows.Count == 0 ? null : chart }];
    }
}
