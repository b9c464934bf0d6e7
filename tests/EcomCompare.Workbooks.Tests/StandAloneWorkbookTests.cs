using System.Net;
using DocumentFormat.OpenXml.Spreadsheet;
using EcomCompare.Workbooks.Tests.Support;

namespace EcomCompare.Workbooks.Tests;

/// <summary>
/// A workbook read by someone who never saw the screen (issue 25): its cover says what it holds and for which
/// filter, in which units, from which documents and when the data was built (Vietnam time); every money or share
/// header names its unit; every sheet prints on A4, one page wide, its header row repeated, page numbers at the foot;
/// the file name says the filter; the targets workbook carries the national targets and flags in its own language.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class StandAloneWorkbookTests(ServerFixture fixture)
{
    private const string About = "Thông tin";

    public static TheoryData<string> Every { get; } =
    [
        "funding-split.xlsx", "funding-split.xlsx?layout=multiples", "funding-trend.xlsx?lang=en", "categories.xlsx",
        "categories.xlsx?measure=share", "categories.xlsx?by=native", "budget-lines.xlsx?provinces=thai-binh", "pivot.xlsx?measure=row",
        "pivot.xlsx?rows=province&cols=year", "targets.xlsx", "discrepancies.xlsx?lang=en",
    ];

    [Fact]
    public async Task TheCoverComesFirstAndSaysWhatWhichFilterWhichUnitsAndWhen()
    {
        using var book = await DownloadAsync("funding-split.xlsx?provinces=binh-dinh,can-tho&years=2022-2024&sources=local");
        Assert.Equal([About, "Dữ liệu"], book.SheetNames);
        Assert.Equal(0U, book.Part.Workbook.BookViews!.GetFirstChild<WorkbookView>()!.ActiveTab!.Value);
        var cover = Pairs(book, About);
        Assert.Equal("Cơ cấu nguồn kinh phí theo tỉnh, 2022–2024", book.Text(About, "A1"));
        Assert.Equal("Bình Định, Cần Thơ", cover["Tỉnh/thành"]);
        Assert.Equal("2022–2024", cover["Năm"]);
        Assert.Equal("chỉ Địa phương", cover["Nguồn kinh phí"]);
        Assert.Equal("tất cả 8 nhóm", cover["Nhóm nhiệm vụ"]);
        Assert.StartsWith("Kinh phí (triệu đồng) và tỷ trọng", cover["Số liệu"], StringComparison.Ordinal);
        Assert.Matches(@"^\d\d/\d\d/\d{4} \d\d:\d\d \(giờ Việt Nam, UTC\+7\)$", cover["Dữ liệu dựng lúc"]);
        // Local money alone is not the budget: the cover says so in so many words.
        Assert.Contains(
            Texts(book, About), t => t.StartsWith("Lưu ý: tệp này chỉ gồm địa phương, không phải toàn bộ kinh phí", StringComparison.Ordinal));
        // The plans by the one name every page gives them.
        Assert.Contains(
            "Kế hoạch phát triển thương mại điện tử Cần Thơ giai đoạn 2021–2025 — Quyết định 1279/QĐ-UBND ngày 15/06/2021", Texts(book, About));
        Assert.DoesNotContain(
            Texts(book, About), t => t.Contains("UTC)", StringComparison.Ordinal) && !t.Contains("UTC+7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnfilteredCoverSaysAllAndTheEnglishOneSpeaksEnglish()
    {
        using var vi = await DownloadAsync("categories.xlsx");
        var cover = Pairs(vi, About);
        Assert.Equal("cả 3 tỉnh/thành trong dữ liệu: Bình Định, Thái Bình, Cần Thơ", cover["Tỉnh/thành"]);
        Assert.Equal("tất cả các nguồn: Trung ương, Địa phương, Doanh nghiệp", cover["Nguồn kinh phí"]);
        Assert.DoesNotContain(Texts(vi, About), t => t.StartsWith("Lưu ý", StringComparison.Ordinal));

        using var en = await DownloadAsync("categories.xlsx?lang=en");
        var about = Pairs(en, "About");
        Assert.Equal("Funding by task category and province, 2021–2025", en.Text("About", "A1"));
        Assert.Equal("all sources: Central, Local, Enterprise", about["Funding sources"]);
        Assert.EndsWith("(Vietnam time, UTC+7)", about["Data built at"], StringComparison.Ordinal);
        Assert.Equal("draft decision (no number), 10/2020", about["Decision number · Bình Định"]);
    }

    [Theory]
    [MemberData(nameof(Every))]
    public async Task EveryMoneyOrShareHeaderNamesItsUnit(string url)
    {
        using var book = await DownloadAsync(url);
        foreach (var name in book.SheetNames.Skip(1))
        {
            var sheet = book.Sheet(name).Worksheet;
            foreach (var header in sheet.Descendants<Row>().First().Elements<Cell>())
            {
                var column = new string(header.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray());
                var below = book.Cell(name, column + "2");
                if (below is null)
                {
                    continue;
                }

                var format = book.Format(name, below.CellReference!);
                var text = book.Text(name, header.CellReference!)!;
                if (format == "#,##0.0")
                {
                    Assert.True(text.Contains("triệu đồng", StringComparison.Ordinal) || text.Contains("million VND", StringComparison.Ordinal),
                        $"{url} {name}!{header.CellReference}: '{text}' has no unit");
                }
                else if (format == "0.0%")
                {
                    Assert.True(text.Contains('%', StringComparison.Ordinal), $"{url} {name}!{header.CellReference}: '{text}' has no unit");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Every))]
    public async Task EverySheetPrintsOnA4OnePageWideWithItsHeaderRowAndPageNumbers(string url)
    {
        using var book = await DownloadAsync(url);
        var names = book.SheetNames;
        var printTitles = book.Part.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles").ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var sheet = book.Sheet(names[i]).Worksheet;
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(9U, setup.PaperSize!.Value); // A4
            Assert.Equal(1U, setup.FitToWidth!.Value);
            Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            Assert.False(sheet.GetFirstChild<PrintOptions>()!.GridLines!.Value);
            var footer = sheet.GetFirstChild<HeaderFooter>()!.OddFooter!.Text;
            Assert.Contains("&P", footer, StringComparison.Ordinal);
            Assert.Contains("&N", footer, StringComparison.Ordinal);
            var widths = sheet.GetFirstChild<Columns>()!.Elements<Column>().Sum(c => c.Width!.Value);
            Assert.Equal(widths > 100 ? OrientationValues.Landscape : OrientationValues.Portrait, setup.Orientation!.Value);
            if (i > 0)
            {
                // A table sheet: its header row on every page, its title and filter at the top of every page.
                Assert.Contains(printTitles, n => n.LocalSheetId!.Value == i && n.Text.EndsWith("!$1:$1", StringComparison.Ordinal));
                Assert.StartsWith("&L", sheet.GetFirstChild<HeaderFooter>()!.OddHeader!.Text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("funding-split.xlsx", "Dữ liệu")]
    [InlineData("budget-lines.xlsx", "Tổng hợp")]
    [InlineData("categories.xlsx?measure=share", "Dữ liệu")]
    public async Task AThreeProvinceSheetPrintsOnOnePage(string url, string sheet)
    {
        using var book = await DownloadAsync(url);
        var setup = book.Sheet(sheet).Worksheet.GetFirstChild<PageSetup>()!;
        Assert.Equal(1U, setup.FitToWidth!.Value);
        Assert.Equal(1U, setup.FitToHeight!.Value);
        var header = book.Sheet(sheet).Worksheet.GetFirstChild<HeaderFooter>()!.OddHeader!.Text;
        Assert.Contains("Bình Định, Thái Bình, Cần Thơ", header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("categories.xlsx?sources=local", "ecomcompare-categories-all-provinces-2021-2025-local-only.xlsx")]
    [InlineData(
        "funding-trend.xlsx?provinces=can-tho&categories=awareness,human-resources&lang=en",
        "ecomcompare-funding-trend-can-tho-2021-2025-categories-awareness-human-resources-en.xlsx")]
    public async Task AFilteredFileSaysItsFilterInItsName(string url, string name)
    {
        using var response = await fixture.Client.GetAsync("export/" + url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
    }

    [Fact]
    public async Task TheTargetsWorkbookHasTheNationalColumnAndFlagsAsThePage()
    {
        using var book = await DownloadAsync("targets.xlsx");
        Assert.Equal([About, "So sánh", "Dữ liệu"], book.SheetNames);
        const string Table = "So sánh";
        Assert.Equal(["Nhóm chỉ tiêu", "Chỉ tiêu", "Cả nước 2025 (645/QĐ-TTg)", "Bình Định", "Thái Bình", "Cần Thơ"],
            new[] { "A1", "B1", "C1", "D1", "E1", "F1" }.Select(r => book.Text(Table, r)));
        var rows = book.Sheet(Table).Worksheet.Descendants<Row>().Skip(1).Select(r => r.RowIndex!.Value).ToList();
        string? Cell(string column, string indicator) =>
            book.Text(Table, column + rows.Single(r => book.Text(Table, "B" + r)!.StartsWith(indicator, StringComparison.Ordinal)));
        // Bình Định aims at 35 % cashless payment against the national 50 %: flagged, as on the page; Cần Thơ is not.
        var cashless = book.Column(Table, "B").First(n => n!.Contains("không dùng tiền mặt", StringComparison.Ordinal))!;
        Assert.Equal("≥ 50%", Cell("C", cashless));
        Assert.EndsWith("▼ thấp hơn mức cả nước", Cell("D", cashless), StringComparison.Ordinal);
        Assert.DoesNotContain("▼", Cell("F", cashless), StringComparison.Ordinal);
        var flagged = book.Column(Table, "D").Count(c => c!.Contains('▼', StringComparison.Ordinal));
        Assert.Equal(5, flagged); // the five the page flags (NationalBarTests)
        Assert.Equal(0, book.Column(Table, "E").Concat(book.Column(Table, "F")).Count(c => c!.Contains('▼', StringComparison.Ordinal)));

        // The list: the national target and the flag beside each province's target; units and comparators in Vietnamese.
        const string Data = "Dữ liệu";
        Assert.Equal(["Cả nước 2025 (645/QĐ-TTg)", "Thấp hơn mức cả nước"], new[] { "H1", "I1" }.Select(r => book.Text(Data, r)));
        Assert.Equal(5, book.Column(Data, "I").Count(c => c == "có"));
        Assert.Equal("#,##0.##", book.Format(Data, "E2"));
        Assert.StartsWith("mỗi chỉ tiêu theo đơn vị của nó", Pairs(book, About)["Đơn vị"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVietnameseTargetsWorkbookHasNoEnglishWordsAndTheEnglishOneNoVietnamese()
    {
        // Every cell but the sentence quoted from the (Vietnamese) document, the file names and the addresses.
        using var vi = await DownloadAsync("targets.xlsx");
        var viTexts = Words(vi, quoted: "K");
        foreach (var english in new[] { "at-least", "about", "above", "under", "USD/person/year", "persons", "sessions", "million", "Share", "UTC)" })
        {
            Assert.DoesNotContain(viTexts, t => t.Contains(english, StringComparison.Ordinal));
        }

        using var en = await DownloadAsync("targets.xlsx?lang=en");
        var enTexts = Words(en, quoted: "K");
        string[] vietnameseWords =
            ["triệu", "Tỷ", "Tổng", "ít nhất", "khoảng", "người", "năm", "không nêu", "Dự thảo", "giờ", "Kế hoạch", "Chỉ tiêu"];
        foreach (var vietnamese in vietnameseWords)
        {
            Assert.DoesNotContain(enTexts, t => t.Contains(vietnamese, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AnEmptySelectionSaysSoInTheWorkbook()
    {
        // Cần Thơ has no enterprise money: the selection is empty, and the sheet says so rather than showing nothing.
        using var book = await DownloadAsync("funding-split.xlsx?provinces=can-tho&sources=enterprise&categories=awareness");
        Assert.Contains("Không có dữ liệu cho lựa chọn này.", Texts(book, "Dữ liệu"));
    }

    /// <summary>The cover's label → value rows (column A → column B).</summary>
    private static Dictionary<string, string> Pairs(WorkbookReader book, string sheet)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in book.Sheet(sheet).Worksheet.Descendants<Row>())
        {
            var index = row.RowIndex!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (book.Text(sheet, "A" + index) is { } label && book.Text(sheet, "B" + index) is { } value)
            {
                pairs.TryAdd(label, value);
            }
        }

        return pairs;
    }

    private static List<string> Texts(WorkbookReader book, string sheet) =>
        book.Sheet(sheet).Worksheet.Descendants<Cell>().Select(c => book.Text(sheet, c.CellReference!)).OfType<string>().ToList();

    /// <summary>Every text a reader sees, but the quoted column of the data sheet, file names and URLs.</summary>
    private static List<string> Words(WorkbookReader book, string quoted)
    {
        var texts = new List<string>();
        foreach (var name in book.SheetNames)
        {
            texts.AddRange(book.Sheet(name).Worksheet.Descendants<Cell>()
                .Where(c => !(name == book.SheetNames[^1] && c.CellReference!.Value!.StartsWith(quoted, StringComparison.Ordinal)))
                .Select(c => book.Text(name, c.CellReference!)).OfType<string>()
                .Where(t => !t.StartsWith("http", StringComparison.Ordinal) && !t.EndsWith(".txt", StringComparison.Ordinal)));
        }

        return texts;
    }

    private async Task<WorkbookReader> DownloadAsync(string url)
    {
        using var response = await fixture.Client.GetAsync("export/" + url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new WorkbookReader(await response.Content.ReadAsByteArrayAsync());
    }
}
