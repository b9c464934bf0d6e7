using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using EcomCompare.Workbooks.Tests.Support;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace EcomCompare.Workbooks.Tests;

/// <summary>
/// <c>/export/{comparison}.xlsx</c> downloaded from the real server and read back with OpenXML: the documents'
/// figures, number formats, frozen header, autofilter, the native chart and its cell references, the sources sheet.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class WorkbookTests(ServerFixture fixture)
{
    private const string Data = "Dữ liệu";
    private const string About = "Thông tin";

    [Fact]
    public async Task FundingSplitHasEachProvincesMoneyTotalsAndSharesAsFormulas()
    {
        using var book = await DownloadAsync("export/funding-split.xlsx");
        Assert.Equal([About, Data], book.SheetNames);
        Assert.Equal(
            [
                "Mã tỉnh", "Tỉnh/thành", "Trung ương (triệu đồng)", "Địa phương (triệu đồng)", "Doanh nghiệp (triệu đồng)", "Tổng (triệu đồng)",
                "Tỷ trọng trung ương (%)", "Tỷ trọng địa phương (%)", "Tỷ trọng doanh nghiệp (%)"],
            new[] { "A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1" }.Select(r => book.Text(Data, r)));
        Assert.Equal(["binh-dinh", "thai-binh", "can-tho"], book.Column(Data, "A"));
        Assert.Equal(["Bình Định", "Thái Bình", "Cần Thơ"], book.Column(Data, "B"));

        // Bình Định 3.785 + 3.075 = 6.860; Thái Bình 2.125 + 2.495 + 270 = 4.890; Cần Thơ 2.899 + 2.342,5 = 5.241,5.
        Assert.Equal([3785m, 3075m, 0m, 6860m], new[] { "C2", "D2", "E2", "F2" }.Select(r => book.Number(Data, r)));
        Assert.Equal([2125m, 2495m, 270m, 4890m], new[] { "C3", "D3", "E3", "F3" }.Select(r => book.Number(Data, r)));
        Assert.Equal([2899m, 2342.5m, 0m, 5241.5m], new[] { "C4", "D4", "E4", "F4" }.Select(r => book.Number(Data, r)));
        Assert.Equal("SUM(C3:E3)", book.Formula(Data, "F3"));
        Assert.Equal("IF($F3=0,\"\",C3/$F3)", book.Formula(Data, "G3"));
        Assert.Equal(0.4346, (double)book.Number(Data, "G3"), 4); // 2.125 / 4.890

        Assert.Equal("#,##0.0", book.Format(Data, "C2"));
        Assert.Equal("#,##0.0", book.Format(Data, "F4"));
        Assert.Equal("0.0%", book.Format(Data, "I3"));
    }

    [Fact]
    public async Task TheDataSheetHasAFrozenHeaderRowAndAnAutofilterOverTheTable()
    {
        using var book = await DownloadAsync("export/funding-split.xlsx");
        var sheet = book.Sheet(Data).Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:I4", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Contains(
            book.Part.Workbook.DefinedNames!.Elements<DefinedName>(), n => n.Name == "_xlnm._FilterDatabase" && n.Text == "'Dữ liệu'!$A$1:$I$4");
    }

    [Fact]
    public async Task FundingSplitHasANative100PercentStackedBarChartReferencingTheCells()
    {
        using var book = await DownloadAsync("export/funding-split.xlsx");
        var chart = ChartOf(book, Data);
        var bar = chart.Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarDirectionValues.Bar, bar.BarDirection!.Val!.Value);
        Assert.Equal(C.BarGroupingValues.PercentStacked, bar.BarGrouping!.Val!.Value);
        var series = bar.Elements<C.BarChartSeries>().ToList();
        Assert.Equal(3, series.Count);
        // The header says the unit ("Trung ương (triệu đồng)"); the legend names the source alone, its axis the unit.
        Assert.Equal(["Trung ương", "Địa phương", "Doanh nghiệp"], series.Select(s => s.SeriesText!.InnerText));
        Assert.Equal("'Dữ liệu'!$B$2:$B$4", series[0].GetFirstChild<C.CategoryAxisData>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal(
            ["'Dữ liệu'!$C$2:$C$4", "'Dữ liệu'!$D$2:$D$4", "'Dữ liệu'!$E$2:$E$4"], series.Select(
                s => s.GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text));
        // Each reference caches the current values for readers that do not recalculate, and has the source's fixed colour.
        Assert.Equal(["3785", "2125", "2899"], series[0].GetFirstChild<C.Values>()!.Descendants<C.NumericValue>().Select(v => v.Text));
        Assert.Equal(
            ["0072B2", "E69F00", "009E73"], series.Select(s => s.Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().First().Val!.Value));
    }

    [Fact]
    public async Task FundingTrendHasOneRowPerProvinceAndYearAndALineChartOverTheirBlocks()
    {
        using var book = await DownloadAsync("export/funding-trend.xlsx");
        Assert.Equal(16, book.Sheet(Data).Worksheet.Descendants<Row>().Count()); // header + 3 provinces × 5 years
        Assert.Equal(["2021", "2022", "2023", "2024", "2025"], book.Column(Data, "C").Take(5));
        // Bình Định central 535/905/695/815/835, local 585/625/585/605/675.
        Assert.Equal([535m, 905m, 695m, 815m, 835m], new[] { "D2", "D3", "D4", "D5", "D6" }.Select(r => book.Number(Data, r)));
        Assert.Equal([585m, 625m, 585m, 605m, 675m], new[] { "E2", "E3", "E4", "E5", "E6" }.Select(r => book.Number(Data, r)));
        // Cần Thơ local 664,3 in 2021.
        Assert.Equal(664.3m, book.Number(Data, "E12"));
        Assert.Equal("Cần Thơ", book.Text(Data, "B12"));
        Assert.Equal("0", book.Format(Data, "C2"));

        var line = ChartOf(book, Data).Descendants<C.LineChart>().Single();
        var series = line.Elements<C.LineChartSeries>().ToList();
        Assert.Equal(7, series.Count); // Bình Định and Cần Thơ have no enterprise money: no line along zero
        Assert.Equal("Bình Định · Trung ương", series[0].SeriesText!.InnerText);
        Assert.Equal("'Dữ liệu'!$D$2:$D$6", series[0].GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal("'Dữ liệu'!$C$2:$C$6", series[0].GetFirstChild<C.CategoryAxisData>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal(
            "'Dữ liệu'!$F$7:$F$11",
            series.Single(s => s.SeriesText!.InnerText == "Thái Bình · Doanh nghiệp").GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text);
    }

    [Fact]
    public async Task CategoriesHaveOneColumnPerProvinceAndAClusteredBarChart()
    {
        using var book = await DownloadAsync("export/categories.xlsx?provinces=thai-binh,can-tho");
        Assert.Equal(
            ["Mã nhóm", "Nhóm nhiệm vụ", "Thái Bình (triệu đồng)", "Cần Thơ (triệu đồng)", "Tổng (triệu đồng)"],
            new[] { "A1", "B1", "C1", "D1", "E1" }.Select(r => book.Text(Data, r)));
        Assert.Equal("management", book.Text(Data, "A4"));
        Assert.Equal(745m, book.Number(Data, "C4")); // 30 + 300 + 415 unitemized
        Assert.Equal(8, book.Column(Data, "A").Count);
        var bar = ChartOf(book, Data).Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarGroupingValues.Clustered, bar.BarGrouping!.Val!.Value);
        Assert.Equal(
            ["'Dữ liệu'!$C$2:$C$9", "'Dữ liệu'!$D$2:$D$9"], bar.Elements<C.BarChartSeries>().Select(
                s => s.GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text));
    }

    [Fact]
    public async Task BudgetLinesListEveryLineWithItsDocumentLineAndASummaryOfSumifsFormulas()
    {
        using var book = await DownloadAsync("export/budget-lines.xlsx");
        Assert.Equal([About, Data, "Tổng hợp"], book.SheetNames);
        var amounts = book.Column(Data, "K").Select(v => decimal.Parse(v!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6860m + 4890m + 5241.5m, amounts.Sum());
        Assert.True(
            book.Column(Data, "M").All(l => int.Parse(l!, System.Globalization.CultureInfo.InvariantCulture) > 0),
            "every line says where in its document it was read");
        Assert.Contains("có", book.Column(Data, "N")); // Thái Bình's 415 million that its group header states but no item carries

        const string Summary = "Tổng hợp";
        Assert.Equal("SUMIFS('Dữ liệu'!$K:$K,'Dữ liệu'!$A:$A,$A3,'Dữ liệu'!$D:$D,\"enterprise\")", book.Formula(Summary, "E3"));
        Assert.Equal(270m, book.Number(Summary, "E3"));
        Assert.Equal(4890m, book.Number(Summary, "F3"));
        var bar = ChartOf(book, Summary).Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarGroupingValues.Stacked, bar.BarGrouping!.Val!.Value);
    }

    [Fact]
    public async Task TheSourcesSheetNamesTheDecisionsTheCubeBuildAndTheODataUrlOfTheSameSlice()
    {
        using var book = await DownloadAsync(
            "export/funding-split.xlsx?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local&categories=awareness");
        var texts = book.Sheet(About).Worksheet.Descendants<Cell>().Select(c => book.Text(About, c.CellReference!)).ToList();
        Assert.Contains("1279/QĐ-UBND · 15/06/2021", texts);
        Assert.Contains("Dự thảo quyết định (chưa số), 10/2020", texts);
        Assert.DoesNotContain(texts, t => t!.Contains("3192/QĐ-UBND", StringComparison.Ordinal)); // Thái Bình is not in the slice
        Assert.Contains(BuildId(), texts);
        var expected = new Uri(fixture.Server.BaseAddress, "odata/BudgetLines").ToString() +
            "?$apply=filter(ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20ge%202021%20and%20Year%20le%202023%20and%20SourceCode%20in%20('central','local')%20and%20CategoryCode%20in%20('awareness'))/groupby((ProvinceCode,Province,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))";
        Assert.Contains(expected, texts);

        // The URL is a working hyperlink, not only text.
        var links = book.Sheet(About).HyperlinkRelationships.Select(h => h.Uri.OriginalString).ToList();
        Assert.Contains(expected, links);
    }

    [Fact]
    public async Task TheWholeCubesRefreshUrlOnlyGroups()
    {
        using var book = await DownloadAsync("export/funding-trend.xlsx?years=2021-2025");
        var texts = book.Sheet(About).Worksheet.Descendants<Cell>().Select(c => book.Text(About, c.CellReference!)).ToList();
        Assert.Contains(
            new Uri(fixture.Server.BaseAddress,
                "odata/BudgetLines").ToString() + "?$apply=groupby((ProvinceCode,Province,Year,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))",
            texts);
        Assert.Contains(new Uri(fixture.Server.BaseAddress, "odata/FundingSplitsByYear").ToString(), texts);
    }

    [Fact]
    public async Task AnEnglishWorkbookHasEnglishSheetsAndHeaders()
    {
        using var book = await DownloadAsync("export/funding-split.xlsx?lang=en");
        Assert.Equal(["About", "Data"], book.SheetNames);
        Assert.Equal("Central (million VND)", book.Text("Data", "C1"));
        Assert.Equal(
            "'Data'!$C$2:$C$4", ChartOf(book,
                "Data").Descendants<C.BarChartSeries>().First().GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text);
    }

    [Theory]
    [InlineData("funding-split")]
    [InlineData("funding-trend")]
    [InlineData("categories")]
    [InlineData("budget-lines")]
    [InlineData("funding-split", "?layout=multiples")]
    [InlineData("categories", "?by=native")]
    [InlineData("categories", "?measure=share")]
    [InlineData("pivot", "?measure=col")]
    [InlineData("pivot", "?rows=source&cols=none&totals=off")]
    [InlineData("targets")]
    [InlineData("discrepancies", "?lang=en")]
    public async Task EveryWorkbookIsValidOpenXml(string comparison, string query = "")
    {
        using var book = await DownloadAsync($"export/{comparison}.xlsx{query}");
        var errors = new OpenXmlValidator().Validate(book.Document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("export/nothing.xlsx", "unknown comparison 'nothing'")]
    [InlineData("export/funding-split.csv", "ask for funding-split.xlsx")]
    [InlineData("export/funding-split.xlsx?provinces=ha-noi", "unknown province 'ha-noi'")]
    [InlineData("export/funding-split.xlsx?years=2030", "2021–2025")]
    [InlineData("export/funding-split.xlsx?measure=share", "'measure' does not apply to funding-split.xlsx: it takes layout")]
    [InlineData("export/funding-split.xlsx?shape=round", "unknown parameter 'shape'")]
    [InlineData("export/funding-split.xlsx?layout=heatmap", "layout 'heatmap': funding-split.xlsx takes layout=stacked or layout=multiples")]
    [InlineData("export/categories.xlsx?by=item", "by 'item'")]
    [InlineData("export/pivot.xlsx?rows=province,nation", "rows 'nation'")]
    [InlineData("export/pivot.xlsx?rows=province&cols=province", "cols 'province'")]
    [InlineData("export/targets.xlsx?measure=row", "it takes the slice and lang only")]
    [InlineData("export/funding-split.xlsx?lang=de", "lang 'de'")]
    [InlineData("export/categories.xlsx?categories=,", "empty item")]
    public async Task BadExportParametersGet400WithAPlainMessage(string url, string message)
    {
        using var response = await fixture.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMatchingIfNoneMatchGets304WithoutBuildingTheWorkbook()
    {
        const string Url = "export/funding-split.xlsx?provinces=can-tho";
        using var first = await fixture.Client.GetAsync(Url);
        var etag = first.Headers.ETag!;
        Assert.True(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, Url);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await fixture.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, Url);
        other.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"something-else\"", isWeak: true));
        using var changed = await fixture.Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task SmallMultiplesHaveARowPerProvinceAndYearThatAddUpToTheWholePeriod()
    {
        using var book = await DownloadAsync("export/funding-split.xlsx?layout=multiples&provinces=thai-binh");
        Assert.Equal(
            ["Mã tỉnh", "Tỉnh/thành", "Năm", "Trung ương (triệu đồng)", "Địa phương (triệu đồng)", "Doanh nghiệp (triệu đồng)", "Tổng (triệu đồng)"],
            new[] { "A1", "B1", "C1", "D1", "E1", "F1", "G1" }.Select(r => book.Text(Data, r)));
        Assert.Equal(
            ["2021", "2022", "2023", "2024", "2025"], Enumerable.Range(2, 5).Select(
                r => ((int)book.Number(Data, "C" + r)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // Thái Bình's whole period: 2.125 central, 2.495 local, 270 enterprise, 4.890 in all.
        Assert.Equal(2125m, Enumerable.Range(2, 5).Sum(r => book.Number(Data, "D" + r)));
        Assert.Equal(2495m, Enumerable.Range(2, 5).Sum(r => book.Number(Data, "E" + r)));
        Assert.Equal(270m, Enumerable.Range(2, 5).Sum(r => book.Number(Data, "F" + r)));
        Assert.Equal(4890m, Enumerable.Range(2, 5).Sum(r => book.Number(Data, "G" + r)));
        Assert.Equal("SUM(D2:F2)", book.Formula(Data, "G2"));
        Assert.Equal("IF($G2=0,\"\",D2/$G2)", book.Formula(Data, "H2"));
    }

    [Fact]
    public async Task OwnGroupsAreTheProvincesOwnGroupsWithTheirShare()
    {
        using var book = await DownloadAsync("export/categories.xlsx?by=native&provinces=binh-dinh");
        Assert.Equal(
            ["Mã tỉnh", "Tỉnh/thành", "Nhóm của tỉnh", "Kinh phí (triệu đồng)", "Tỷ trọng trong tổng kinh phí của tỉnh (%)"],
            new[] { "A1", "B1", "C1", "D1", "E1" }.Select(r => book.Text(Data, r)));
        var groups = book.Column(Data, "C");
        var five = groups.ToList().FindIndex(g => g!.StartsWith("5.", StringComparison.Ordinal)) + 2;
        // Bình Định's group 5: its items add up to 3.325 (the document's header says 3.235).
        Assert.Equal(3325m, book.Number(Data, "D" + five));
        Assert.Equal(6860m, Enumerable.Range(2, groups.Count).Sum(r => book.Number(Data, "D" + r)));
        Assert.Equal(3325 / 6860.0, (double)book.Number(Data, "E" + five), 6);
    }

    [Fact]
    public async Task CategorySharesAreEachCellOverItsProvincesMoney()
    {
        using var book = await DownloadAsync("export/categories.xlsx?measure=share&provinces=thai-binh");
        Assert.Equal("Tỷ trọng Thái Bình (%)", book.Text(Data, "E1"));
        var rows = book.Column(Data, "A").Count;
        Assert.Equal(4890m, Enumerable.Range(2, rows).Sum(r => book.Number(Data, "C" + r)));
        Assert.Equal(1.0, Enumerable.Range(2, rows).Sum(r => (double)book.Number(Data, "E" + r)), 9);
        Assert.Equal($"IF(SUM(C$2:C${rows + 1})=0,\"\",C2/SUM(C$2:C${rows + 1}))", book.Formula(Data, "E2"));
    }

    [Fact]
    public async Task ThePivotIsTheExplorersLayoutInItsMeasure()
    {
        // As the explorer shows /explorer?rows=province&cols=year&sources=central: Cần Thơ 102 977 522 662 636 | 2.899.
        using var amounts = await DownloadAsync("export/pivot.xlsx?rows=province&cols=year&sources=central");
        Assert.Equal(
            [
                "Tỉnh/thành", "2021 (triệu đồng)", "2022 (triệu đồng)", "2023 (triệu đồng)", "2024 (triệu đồng)", "2025 (triệu đồng)",
                "Tổng (triệu đồng)"],
            new[] { "A1", "B1", "C1", "D1", "E1", "F1", "G1" }.Select(r => book(amounts, r)));
        var row = amounts.Column(Data, "A").ToList().IndexOf("Cần Thơ") + 2;
        Assert.Equal([102m, 977m, 522m, 662m, 636m, 2899m], new[] { "B", "C", "D", "E", "F", "G" }.Select(c => amounts.Number(Data, c + row)));
        Assert.Equal("Tổng cộng", amounts.Column(Data, "A")[^1]);

        using var shares = await DownloadAsync("export/pivot.xlsx?rows=province&cols=year&sources=central&measure=row&lang=en");
        Assert.Equal("2021 (share of row, %)", shares.Text("Data", "B1"));
        Assert.Equal(102 / 2899.0, (double)shares.Number("Data", "B" + row), 9);
        Assert.Equal(1.0, (double)shares.Number("Data", "G" + row), 9);
        Assert.Equal("0.0%", shares.Format("Data", "B" + row));

        static string? book(WorkbookReader b, string r) => b.Text(Data, r);
    }

    [Fact]
    public async Task PivotSubtotalsComeAboveTheirRowsAndGoWithTotalsOff()
    {
        using var tree = await DownloadAsync("export/pivot.xlsx?rows=source,province&cols=none&provinces=thai-binh,can-tho");
        // Central: its subtotal row (no province), then Thái Bình 2.125 and Cần Thơ 2.899.
        Assert.Equal(["Trung ương", "Trung ương", "Trung ương"], tree.Column(Data, "A").Take(3));
        Assert.Equal([null, "Thái Bình", "Cần Thơ"], tree.Column(Data, "B").Take(3));
        Assert.Equal([5024m, 2125m, 2899m], new[] { "C2", "C3", "C4" }.Select(r => tree.Number(Data, r)));

        using var flat = await DownloadAsync("export/pivot.xlsx?rows=source,province&cols=none&provinces=thai-binh,can-tho&totals=off");
        Assert.Equal([2125m, 2899m], new[] { "C2", "C3" }.Select(r => flat.Number(Data, r)));
        Assert.Equal(4890m + 5241.5m, flat.Number(Data, "C" + (flat.Column(Data, "A").Count + 1)));
    }

    [Fact]
    public async Task TargetsAndDiscrepanciesAreTheirPagesRows()
    {
        using var targets = await DownloadAsync("export/targets.xlsx?provinces=can-tho");
        Assert.Equal(13, targets.Column(Data, "A").Count); // Cần Thơ states 13 targets
        Assert.All(targets.Column(Data, "A"), c => Assert.Equal("can-tho", c));

        using var quality = await DownloadAsync("export/discrepancies.xlsx?provinces=can-tho&lang=en");
        Assert.Equal(5, quality.Column("Data", "A").Count); // as the data-quality page counts them
    }

    [Theory]
    [InlineData("export/funding-split.xlsx", "ecomcompare-funding-split-all-provinces-2021-2025.xlsx")]
    [InlineData(
        "export/funding-split.xlsx?layout=multiples&provinces=binh-dinh,can-tho&years=2022-2023&lang=en",
        "ecomcompare-funding-split-multiples-binh-dinh-can-tho-2022-2023-en.xlsx")]
    [InlineData("export/categories.xlsx?by=native&measure=share&years=2024", "ecomcompare-categories-native-groups-shares-all-provinces-2024.xlsx")]
    [InlineData(
        "export/pivot.xlsx?rows=province,item&cols=source&measure=row",
        "ecomcompare-pivot-province-item-by-source-share-of-row-all-provinces-2021-2025.xlsx")]
    public async Task FileNamesSayWhatTheyHold(string url, string name)
    {
        using var response = await fixture.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
    }

    private string BuildId() =>
        ((EcomCompare.Cube.Store.CubeStore)fixture.Server.Services.GetService(typeof(EcomCompare.Cube.Store.CubeStore))!).Identity.BuildId;

    private async Task<WorkbookReader> DownloadAsync(string url)
    {
        using var response = await fixture.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return new WorkbookReader(await response.Content.ReadAsByteArrayAsync());
    }

    private static C.ChartSpace ChartOf(WorkbookReader book, string sheet)
    {
        var drawings = book.Sheet(sheet).DrawingsPart ?? throw new InvalidOperationException($"no drawing on {sheet}");
        return drawings.ChartParts.Single().ChartSpace;
    }
}
