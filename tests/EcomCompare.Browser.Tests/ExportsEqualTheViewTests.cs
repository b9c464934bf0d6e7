using System.Globalization;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EcomCompare.Browser.Tests.Support;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// Every export equals its view (issue 14): on each page and mode, the numbers on screen, the rows the panel's
/// OData address returns and the cells of its .xlsx are the same numbers, in the same grouping, measure and
/// language; the chart image addresses draw the same mode.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class ExportsEqualTheViewTests(DashboardFixture dashboard)
{
    private static readonly Dictionary<string, string> SourceCodes = new(StringComparer.Ordinal)
    {
        ["Trung ương"] = "central",
        ["Địa phương"] = "local",
        ["Doanh nghiệp"] = "enterprise",
        ["Central"] = "central",
        ["Local"] = "local",
        ["Enterprise"] = "enterprise",
    };

    private static readonly Dictionary<string, string> ProvinceCodes = new(StringComparer.Ordinal)
    {
        ["Bình Định"] = "binh-dinh",
        ["Thái Bình"] = "thai-binh",
        ["Cần Thơ"] = "can-tho",
    };

    [Theory]
    [InlineData("/", false)]
    [InlineData("/?mode=year&year=2022", false)]
    [InlineData("/?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local&lang=en", false)]
    [InlineData("/?mode=multiples&measure=amount&lang=en", true)]
    [InlineData("/?mode=multiples&provinces=thai-binh&sources=enterprise,local&years=2023-2025", true)]
    public async Task FundingSplit(string address, bool byYear)
    {
        await using var page = await OpenAsync(address);
        var en = address.Contains("lang=en", StringComparison.Ordinal);

        // Screen: amount-{province}[-{year}]-{source}.
        var screen = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var cell in await page.Page.Locator("td[data-testid^='amount-']").AllAsync())
        {
            var id = (await cell.GetAttributeAsync("data-testid"))!["amount-".Length..];
            if (!id.StartsWith("all-", StringComparison.Ordinal) && Number(await cell.InnerTextAsync(), en) is { } value)
            {
                screen[id] = value;
            }
        }

        Assert.NotEmpty(screen);
        var odata = await ODataRowsAsync(page);
        var fromOData = odata.Where(r => r.GetProperty("Amount").GetDecimal() != 0).ToDictionary(
            r => r.GetProperty("ProvinceCode").GetString() + (byYear
                ? "-" + r.GetProperty("Year").GetInt32() : string.Empty) + "-" + r.GetProperty("SourceCode").GetString(),
            r => r.GetProperty("Amount").GetDecimal());
        Assert.Equal(Sorted(screen), Sorted(fromOData));

        var sheet = await WorkbookAsync(page, en);
        var firstSource = byYear ? 3 : 2;
        var fromWorkbook = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in sheet.Skip(1))
        {
            for (var c = firstSource; SourceCodes.TryGetValue(sheet[0][c] ?? string.Empty, out var source); c++)
            {
                if (Decimal(row[c]) is { } value && value != 0)
                {
                    fromWorkbook[row[0] + (byYear ? "-" + row[2] : string.Empty) + "-" + source] = value;
                }
            }
        }

        Assert.Equal(Sorted(screen), Sorted(fromWorkbook));
        await AssertChartsAsync(page, en, byYear ? "layout=multiples" : "measure=share");
    }

    [Theory]
    [InlineData("/trends?provinces=can-tho,thai-binh")]
    [InlineData("/trends?chart=columns&years=2022-2024&lang=en")]
    public async Task Trends(string address)
    {
        await using var page = await OpenAsync(address);
        var en = address.Contains("lang=en", StringComparison.Ordinal);
        var screen = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var cell in await page.Page.Locator("td[data-testid^='trend-']").AllAsync())
        {
            // trend-{province}-{source}-{year}
            var id = (await cell.GetAttributeAsync("data-testid"))!["trend-".Length..];
            if (Number(await cell.InnerTextAsync(), en) is { } value && value != 0)
            {
                var parts = id.Split('-');
                screen[$"{string.Join('-', parts[..^2])}-{parts[^1]}-{parts[^2]}"] = value;
            }
        }

        Assert.NotEmpty(screen);
        var fromOData = (await ODataRowsAsync(page)).Where(r => r.GetProperty("Amount").GetDecimal() != 0).ToDictionary(
            r => $"{r.GetProperty("ProvinceCode").GetString()}-{r.GetProperty("Year").GetInt32()}-{r.GetProperty("SourceCode").GetString()}",
            r => r.GetProperty("Amount").GetDecimal());
        Assert.Equal(Sorted(screen), Sorted(fromOData));

        var sheet = await WorkbookAsync(page, en);
        var fromWorkbook = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in sheet.Skip(1))
        {
            for (var c = 3; SourceCodes.TryGetValue(sheet[0][c] ?? string.Empty, out var source); c++)
            {
                if (Decimal(row[c]) is { } value && value != 0)
                {
                    fromWorkbook[$"{row[0]}-{row[2]}-{source}"] = value;
                }
            }
        }

        Assert.Equal(Sorted(screen), Sorted(fromWorkbook));
        await AssertChartsAsync(page, en,
            address.Contains("chart=columns", StringComparison.Ordinal) ? "layout=columns" : "charts/funding-trend.svg");
    }

    [Theory]
    [InlineData("/categories?measure=amount")]
    [InlineData("/categories?provinces=thai-binh,can-tho&lang=en")]
    public async Task CategoriesByHarmonizedCategory(string address)
    {
        await using var page = await OpenAsync(address);
        var en = address.Contains("lang=en", StringComparison.Ordinal);
        var shares = !address.Contains("measure=amount", StringComparison.Ordinal);

        // Screen: the cell's first figure is the measure shown (share or amount); cell-{province}-{category}.
        var screen = await CellsAsync(page, en);
        Assert.NotEmpty(screen);

        var fromOData = (await ODataRowsAsync(page)).ToDictionary(
            r => $"{r.GetProperty("ProvinceCode").GetString()}-{r.GetProperty("CategoryCode").GetString()}",
            r => r.GetProperty("Amount").GetDecimal());

        var sheet = await WorkbookAsync(page, en);
        var provinceColumns = Enumerable.Range(2, sheet[0].Count - 2).Where(c => ProvinceCodes.ContainsKey(sheet[0][c] ?? string.Empty)).ToList();
        var shareColumns = Enumerable.Range(2, sheet[0].Count - 2).Where(
            c => (sheet[0][c] ?? string.Empty).StartsWith(en ? "Share " : "Tỷ trọng ", StringComparison.Ordinal)).ToList();
        Assert.Equal(shares ? provinceColumns.Count : 0, shareColumns.Count);
        foreach (var (key, shown) in screen)
        {
            var province = ProvinceCodes.Values.First(p => key.StartsWith(p + "-", StringComparison.Ordinal));
            var category = key[(province.Length + 1)..];
            var amount = fromOData[key];
            var row = sheet.Skip(1).Single(r => r[0] == category);
            var column = provinceColumns.Single(c => ProvinceCodes[sheet[0][c]!] == province);
            Assert.Equal(amount, Decimal(row[column]));
            if (shares)
            {
                var total = fromOData.Where(p => p.Key.StartsWith(province + "-", StringComparison.Ordinal)).Sum(p => p.Value);
                Assert.Equal((double)shown, Math.Round((double)(amount / total) * 100, 1, MidpointRounding.AwayFromZero), 6);
                Assert.Equal(
                    (double)shown, Math.Round(
                        (double)Decimal(row[shareColumns[provinceColumns.IndexOf(column)]])!.Value * 100, 1, MidpointRounding.AwayFromZero), 6);
            }
            else
            {
                Assert.Equal(amount, shown);
            }
        }

        await AssertChartsAsync(page, en, shares ? "measure=share" : "measure=amount");
    }

    [Fact]
    public async Task CategoriesByTheProvincesOwnGroups()
    {
        await using var page = await OpenAsync("/categories?by=native&measure=amount&provinces=binh-dinh,thai-binh");
        var screen = (await CellsAsync(page, en: false)).Values.Order().ToList();
        Assert.Contains(3325m, screen); // Bình Định's group 5, as its items add up

        // The OData address groups by the provinces' own groups (it used to give harmonized categories).
        var odata = await ODataRowsAsync(page);
        Assert.All(odata, r => Assert.True(r.TryGetProperty("NativeGroup", out _)));
        Assert.Equal(screen, odata.Select(r => r.GetProperty("Amount").GetDecimal()).Where(a => a != 0).Order());

        var sheet = await WorkbookAsync(page, en: false);
        Assert.Equal("Nhóm của tỉnh", sheet[0][2]);
        Assert.Equal(screen, sheet.Skip(1).Select(r => Decimal(r[3])!.Value).Where(a => a != 0).Order());
        Assert.Equal(0, await page.Page.Locator("[data-testid^='embed-']").CountAsync()); // no harmonized chart in its place
    }

    [Theory]
    [InlineData("/?provinces=binh-dinh,can-tho", "FundingSplits", false)]
    [InlineData("/?mode=year&year=2022", "FundingSplitsByYear", false)]
    [InlineData("/?mode=multiples&lang=en", "FundingSplitsByYear", true)]
    [InlineData("/trends?years=2022-2024", "FundingSplitsByYear", true)]
    public async Task TheNamedFeedHoldsTheScreensNamesAndAmountsWithShares(string address, string set, bool byYear)
    {
        // The panel's second address (issue 25, 3): a row per province (and year) with its name, each source's
        // amount and share and the total, the same amounts as on screen.
        await using var page = await OpenAsync(address);
        var en = address.Contains("lang=en", StringComparison.Ordinal);
        Assert.Contains(set, await page.Page.Locator(".ec-export-excel").InnerTextAsync(), StringComparison.Ordinal);
        var screen = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var cell in await page.Page.Locator("td[data-testid^='amount-']").AllAsync())
        {
            var id = (await cell.GetAttributeAsync("data-testid"))!["amount-".Length..];
            if (!id.StartsWith("all-", StringComparison.Ordinal) && Number(await cell.InnerTextAsync(), en) is { } value && value != 0)
            {
                screen[id] = value;
            }
        }

        foreach (var cell in await page.Page.Locator("td[data-testid^='trend-']").AllAsync())
        {
            // trend-{province}-{source}-{year} → {province}-{year}-{source}
            var parts = (await cell.GetAttributeAsync("data-testid"))!["trend-".Length..].Split('-');
            if (Number(await cell.InnerTextAsync(), en) is { } value && value != 0)
            {
                screen[$"{string.Join('-', parts[..^2])}-{parts[^1]}-{parts[^2]}"] = value;
            }
        }

        var named = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in await ODataRowsAsync(page, "odata-url-0"))
        {
            var code = row.GetProperty("ProvinceCode").GetString()!;
            Assert.Equal(code, ProvinceCodes[row.GetProperty("Province").GetString()!]);
            Assert.True(row.TryGetProperty("Total", out _) && row.TryGetProperty("CentralShare", out _));
            var key = byYear ? $"{code}-{row.GetProperty("Year").GetInt32()}" : code;
            foreach (var (property, source) in new[] { ("Central", "central"), ("Local", "local"), ("Enterprise", "enterprise") })
            {
                if (row.GetProperty(property).GetDecimal() is var amount && amount != 0)
                {
                    named[$"{key}-{source}"] = amount;
                }
            }
        }

        Assert.NotEmpty(screen);
        Assert.Equal(Sorted(screen), Sorted(named));
    }

    [Theory]
    [InlineData("/?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local")]
    [InlineData("/?mode=year&year=2023&categories=human-resources,management&lang=en")]
    public async Task TheODataLinkOfAFilteredFundingViewHasTheScreensNamesSharesAndTotals(string address)
    {
        // Issue 25, 3: a filtered view's address gives no longer codes and amounts only, but each row as the table shows it.
        await using var page = await OpenAsync(address);
        var en = address.Contains("lang=en", StringComparison.Ordinal);
        var rows = await MoneyRowsAsync(page);
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var (province, source) = (row.GetProperty("ProvinceCode").GetString(), row.GetProperty("SourceCode").GetString());
            Assert.Equal(await TextAsync(page, $"[data-testid='split-row-{province}'] th"), row.GetProperty("Province").GetString());
            Assert.Equal(await FigureAsync(page, $"amount-{province}-{source}", en), row.GetProperty("Amount").GetDecimal());
            Assert.Equal(await FigureAsync(page, $"share-{province}-{source}", en), Percent(row));
            Assert.Equal(await FigureAsync(page, $"total-{province}", en), row.GetProperty("Total").GetDecimal());
        }

        var cells = await page.Page.Locator("td[data-testid^='amount-']:not([data-testid^='amount-all-'])").AllInnerTextsAsync();
        Assert.Equal(cells.Count(t => Number(t, en) is { } v && v != 0), rows.Count); // every figure on screen, no more
    }

    [Theory]
    [InlineData("/categories")]
    [InlineData("/categories?measure=amount&sources=local&years=2022-2024&lang=en")]
    public async Task TheCategoriesODataLinkNamesEachCellWithItsShareAndTheProvincesMoney(string address)
    {
        await using var page = await OpenAsync(address);
        var en = address.Contains("lang=en", StringComparison.Ordinal);
        var shares = !address.Contains("measure=amount", StringComparison.Ordinal);
        var screen = await CellsAsync(page, en);
        var rows = await MoneyRowsAsync(page);
        Assert.Equal(screen.Count, rows.Count);
        foreach (var row in rows)
        {
            var (province, category) = (row.GetProperty("ProvinceCode").GetString(), row.GetProperty("CategoryCode").GetString());
            Assert.Equal(await TextAsync(page, $"[data-testid='heat-row-{category}'] th"), row.GetProperty(en ? "Category" : "CategoryVi").GetString());
            Assert.Equal(screen[$"{province}-{category}"], shares ? Percent(row) : row.GetProperty("Amount").GetDecimal());
            Assert.Equal(await FigureAsync(page, $"heat-total-{province}", en), row.GetProperty("Total").GetDecimal());
        }
    }

    [Fact]
    public async Task TheDrillDownsODataLinkListsTheCellsItemsWithTheirNamesAndTotals()
    {
        await using var page = await OpenAsync("/categories?cell=thai-binh/management&lang=en");
        await page.ByTestId("drill").WaitForAsync();
        Assert.Contains("The items of the selected cell", await page.Page.Locator(".ec-export-excel").InnerTextAsync(), StringComparison.Ordinal);
        var rows = await ODataRowsAsync(page, "odata-url-0");
        Assert.Equal(await FigureAsync(page, "drill-total", en: true), rows.Sum(r => r.GetProperty("Amount").GetDecimal()));
        var items = rows.GroupBy(r => r.GetProperty("ProvinceCode").GetString() + "/" + r.GetProperty("ItemCode").GetString()).ToList();
        Assert.Equal(await page.Page.Locator("[data-testid^='drill-item-']").CountAsync(), items.Count);
        foreach (var item in items)
        {
            Assert.Equal(await FigureAsync(page, "drill-total-" + item.Key, en: true), item.First().GetProperty("Total").GetDecimal());
            Assert.Equal(item.Sum(r => r.GetProperty("Amount").GetDecimal()), item.First().GetProperty("Total").GetDecimal());
            Assert.Contains(item.First().GetProperty("ItemName").GetString()!, await TextAsync(page, $"[data-testid='drill-item-{item.Key}'] th"),
                StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/explorer?rows=category&cols=province&measure=col&provinces=binh-dinh,can-tho&lang=en")]
    [InlineData("/explorer?rows=category&cols=year&measure=row&sources=local&years=2022-2025")]
    public async Task TheExplorersODataLinkNamesEachCellWithTheShareOnScreen(string address)
    {
        await using var page = await OpenAsync(address);
        var en = address.Contains("lang=en", StringComparison.Ordinal);
        var byProvince = address.Contains("cols=province", StringComparison.Ordinal);
        var headers = (await page.Page.Locator("[data-testid='pivot'] thead th").AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        var rows = await MoneyRowsAsync(page);
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var line = page.Page.Locator($"[data-testid='pivot-row-{row.GetProperty("CategoryCode").GetString()}']");
            Assert.Equal((await line.Locator("th").InnerTextAsync()).Trim(), row.GetProperty(en ? "Category" : "CategoryVi").GetString());
            var column = byProvince ? row.GetProperty("Province").GetString()! : row.GetProperty("Year").GetInt32().ToString(CultureInfo.InvariantCulture);
            var cell = await line.Locator("td").Nth(headers.IndexOf(column) - 1).InnerTextAsync();
            Assert.Equal(Number(cell, en), Percent(row));
        }
    }

    [Theory]
    [InlineData("/explorer?rows=province&cols=year&sources=central")]
    [InlineData("/explorer?rows=province,category&measure=row&lang=en")]
    [InlineData("/explorer?rows=source,province&cols=none&measure=total&totals=off")]
    [InlineData("/explorer?rows=category&cols=province&measure=col&provinces=binh-dinh,can-tho&lang=en")]
    public async Task ExplorerPivot(string address)
    {
        await using var page = await OpenAsync(address);
        var en = address.Contains("lang=en", StringComparison.Ordinal);
        var levels = address.Split("rows=")[1].Split('&')[0].Split(',').Length;
        var subtotals = !address.Contains("totals=off", StringComparison.Ordinal);

        // Screen: the pivot's rows in order (subtotals, then the grand total), each row's cells as shown.
        var screen = new List<IReadOnlyList<decimal?>>();
        foreach (var row in await page.Page.Locator("[data-testid='pivot'] tbody tr").AllAsync())
        {
            var cells = new List<decimal?>();
            foreach (var td in await row.Locator("td").AllAsync())
            {
                cells.Add(Number(await td.InnerTextAsync(), en));
            }

            screen.Add(cells);
        }

        Assert.True(screen.Count > 1);

        // The workbook: the same rows in the same order, the same cells (shares as fractions of 1, shown to 0.1 %).
        var sheet = await WorkbookAsync(page, en);
        var rows = sheet.Skip(1).ToList();
        Assert.Equal(screen.Count, rows.Count);
        var share = address.Contains("measure=", StringComparison.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Skip(levels).Select(
                v => Decimal(v) is { } d ? share ? Math.Round(d * 100, 1, MidpointRounding.AwayFromZero) : d : (decimal?)null).ToList();
            Assert.Equal(screen[r], cells.Take(screen[r].Count));
        }

        if (subtotals && levels > 1)
        {
            // A subtotal row leaves its deeper level empty and comes before its first child.
            Assert.Null(rows[0][levels - 1]);
            Assert.Equal(rows[0][0], rows[1][0]);
        }

        // The OData address returns the pivot's cells: amounts summing to the grand total, and for a share measure
        // each cell's share as shown (the screen's cells hold every one of them, rounded to 0.1 %).
        var odata = await ODataRowsAsync(page);
        if (!share)
        {
            Assert.Equal(screen[^1][^1], odata.Sum(o => o.GetProperty("Amount").GetDecimal()));
            return;
        }

        var shown = screen.SelectMany(r => r).OfType<decimal>().ToList();
        var shares = odata.Select(o => Math.Round((decimal)o.GetProperty("Share").GetDouble() * 100, 1, MidpointRounding.AwayFromZero)).ToList();
        Assert.NotEmpty(shares);
        Assert.All(shares, s => Assert.Contains(s, shown));
        Assert.NotEqual(odata.Select(o => o.GetProperty("Amount").GetDecimal()), shares); // shares, not the amounts again
    }

    [Fact]
    public async Task TargetsAndDataQualityHaveWorkbooksOfTheirRows()
    {
        await using var targets = await OpenAsync("/targets?provinces=binh-dinh,can-tho&lang=en");
        var odata = await ODataRowsAsync(targets);
        var sheet = await WorkbookAsync(targets, en: true);
        Assert.Equal(odata.Count, sheet.Count - 1);
        Assert.Equal(
            odata.Select(o => o.GetProperty("Text").GetString()).Order(StringComparer.Ordinal),
            sheet.Skip(1).Select(r => r[10]).Order(StringComparer.Ordinal)); // the sentence, after the national target and its flag

        await using var quality = await OpenAsync("/quality?provinces=thai-binh");
        var discrepancies = await ODataRowsAsync(quality);
        var book = await WorkbookAsync(quality, en: false);
        Assert.Equal(discrepancies.Count, book.Count - 1);
        // The workbook says each case in the page's words: what disagrees (column 6) and which figure the cube uses (column 10).
        var explained = await quality.Page.Locator("[data-testid^='explain-']").AllTextContentsAsync();
        var kept = await quality.Page.Locator("[data-testid^='kept-']").AllTextContentsAsync();
        Assert.Equal(explained.Select(t => t.Trim()), book.Skip(1).Select(r => r[5]));
        Assert.Equal(kept.Select(t => t.Trim()), book.Skip(1).Select(r => r[9]));
    }

    private async Task<WatchedPage> OpenAsync(string address)
    {
        var page = await dashboard.NewPageAsync();
        await page.OpenAsync(address);
        await page.ByTestId("odata-url").WaitForAsync();
        return page;
    }

    /// <summary>The categories page's cells: cell-{province}-{member} → the first figure shown.</summary>
    private static async Task<Dictionary<string, decimal>> CellsAsync(WatchedPage page, bool en)
    {
        var cells = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var button in await page.Page.Locator("button[data-testid^='cell-']").AllAsync())
        {
            var text = (await button.InnerTextAsync()).Trim().Split((char[])[' ', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
            if (text.Length > 0 && Number(text[0], en) is { } value)
            {
                cells[(await button.GetAttributeAsync("data-testid"))!["cell-".Length..]] = value;
            }
        }

        return cells;
    }

    private static async Task<string> TextAsync(WatchedPage page, string selector) =>
        (await page.Page.Locator(selector).First.InnerTextAsync()).Trim();

    private static async Task<decimal?> FigureAsync(WatchedPage page, string testId, bool en) =>
        Number(await page.ByTestId(testId).InnerTextAsync(), en);

    /// <summary>A row's share as the screen rounds it: percent to 0.1.</summary>
    private static decimal Percent(JsonElement row) =>
        Math.Round((decimal)row.GetProperty("Share").GetDouble() * 100, 1, MidpointRounding.AwayFromZero);

    /// <summary>The rows of the panel's first address that hold money (a cell the screen shows as a figure).</summary>
    private static async Task<List<JsonElement>> MoneyRowsAsync(WatchedPage page) =>
        (await ODataRowsAsync(page)).Where(r => r.GetProperty("Amount").GetDecimal() != 0).ToList();

    private static async Task<List<JsonElement>> ODataRowsAsync(WatchedPage page, string testId = "odata-url")
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var address = await page.ByTestId(testId).InputValueAsync();
        using var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("value").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>The workbook the panel links to: its data sheet as text cells (row 0 the headers), in the UI's language.</summary>
    private async Task<List<List<string?>>> WorkbookAsync(WatchedPage page, bool en)
    {
        var href = await page.ByTestId("xlsx-link").GetAttributeAsync("href");
        using var client = new HttpClient { BaseAddress = dashboard.Server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        // The cover comes first; the view's table is the data sheet.
        var first = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name!.Value == (en ? "Data" : "Dữ liệu"));
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var grid = new List<List<string?>>();
        foreach (var row in ((WorksheetPart)part.GetPartById(first.Id!)).Worksheet.Descendants<Row>())
        {
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                cells.Add(cell.CellValue is null ? null
                    : cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture)]
                    : cell.CellValue.Text);
            }

            grid.Add(cells);
        }

        // Headers name their unit ("Trung ương (triệu đồng)", "Tỷ trọng Cần Thơ (%)"); the tests match them by their names.
        grid[0] = grid[0].Select(h => h?.Replace(" (triệu đồng)", string.Empty, StringComparison.Ordinal)
            .Replace(" (million VND)", string.Empty, StringComparison.Ordinal).Replace(" (%)", string.Empty, StringComparison.Ordinal)).ToList();
        var width = grid.Max(r => r.Count);
        grid.ForEach(r => r.AddRange(Enumerable.Repeat<string?>(null, width - r.Count)));
        return grid;
    }

    /// <summary>The chart images are of this view: its language and mode, and they answer.</summary>
    private static async Task AssertChartsAsync(WatchedPage page, bool en, string expected)
    {
        var svg = await page.ByTestId("embed-0").InputValueAsync();
        Assert.Contains(expected, svg, StringComparison.Ordinal);
        Assert.Contains(en ? "lang=en" : "lang=vi", svg, StringComparison.Ordinal);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.GetAsync(svg);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (c - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>A figure as the dashboard writes it (vi 1.234,5 · 12,3% · en 1,234.5 · 12.3%); null for "–" and text.</summary>
    private static decimal? Number(string text, bool en)
    {
        var t = text.Trim().TrimEnd('%');
        t = en ? t.Replace(",", string.Empty, StringComparison.Ordinal) : t.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
            out var value) ? value : null;
    }

    private static decimal? Decimal(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static List<KeyValuePair<string, decimal>> Sorted(Dictionary<string, decimal> values) =>
        values.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
}
