using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// Every page printed (issue 25, 2) with Chromium's PDF output, as "In / Lưu PDF" → "Save as PDF" does, read back
/// with poppler's pdftotext: the filters are written out at the top; no table is cut (every row's last cell is in
/// the PDF's text); navigation, buttons and the export panel are not printed; charts are; the page count is sane.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public partial class PrintBrowserTests(DashboardFixture dashboard)
{
    [Theory]
    [InlineData("funding", "/", 2)]
    [InlineData("funding-year", "/?mode=year&year=2023&provinces=binh-dinh,can-tho", 2)]
    [InlineData("funding-multiples-en", "/?mode=multiples&lang=en", 3)]
    [InlineData("trends", "/trends", 3)]
    [InlineData("categories", "/categories?cell=thai-binh/management", 4)]
    [InlineData("categories-native-en", "/categories?by=native&provinces=binh-dinh,thai-binh&lang=en", 6)]
    [InlineData("explorer", "/explorer", 3)]
    [InlineData("explorer-en", "/explorer?lang=en&measure=row&rows=province,source&cols=year", 3)]
    [InlineData("targets", "/targets?target=7", 4)]
    [InlineData("targets-en", "/targets?lang=en", 4)]
    [InlineData("quality", "/quality", 20)]
    [InlineData("documents-en", "/documents?lang=en", 3)]
    public async Task APrintedPageCarriesItsFiltersAndEveryColumnOnA4Landscape(string name, string address, int maxPages)
    {
        await using var page = await dashboard.NewPageAsync(Chromium.Desktop);
        await page.OpenAsync(address);
        await page.SettleAsync();
        var english = address.Contains("lang=en", StringComparison.Ordinal);
        var button = Squash(await page.Page.Locator("[data-print]").InnerTextAsync());
        Assert.EndsWith(english ? " Print / Save PDF" : " In / Lưu PDF", button, StringComparison.Ordinal);

        // What the printed tables must show: each body row's last cell (a cut table loses its right-hand column).
        var lastCells = await page.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.ec-body table tbody tr')].map(r => r.lastElementChild?.innerText ?? '').filter(t => t.trim())");
        var summary = Squash(await page.Page.Locator("[data-testid=print-filters]").TextContentAsync() ?? string.Empty);
        Assert.StartsWith(english ? "Filters — Provinces: " : "Bộ lọc — Tỉnh/thành phố: ", summary, StringComparison.Ordinal);

        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var hidden in new[] { ".ec-nav", ".ec-header", ".ec-side", "[data-testid=export-panel]", "[data-print]", ".ec-technical" })
        {
            foreach (var element in await page.Page.Locator(hidden).AllAsync())
            {
                Assert.False(await element.IsVisibleAsync(), $"{hidden} is not printed");
            }
        }

        foreach (var chart in await page.Page.Locator(".ec-body svg.ec-chart").AllAsync())
        {
            Assert.True(await chart.IsVisibleAsync(), "charts are printed");
        }

        var pdf = Path.Combine(Screenshots.Artifacts, $"print-{name}.pdf");
        Directory.CreateDirectory(Screenshots.Artifacts);
        await page.Page.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });

        var text = await RunAsync("pdftotext", "-enc", "UTF-8", pdf, "-");
        var flat = Regex.Replace(text, @"\s+", string.Empty);
        Assert.Contains(Regex.Replace(summary, @"\s+", string.Empty), flat, StringComparison.Ordinal);
        Assert.DoesNotContain(english ? "Download Excel file (.xlsx)" : "Tải tệp Excel (.xlsx)", text, StringComparison.Ordinal);
        // Word by word: a cell of two lines (amount over share, a figure and its note) reads back in another order.
        foreach (var word in lastCells.SelectMany(c => c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Distinct())
        {
            Assert.Contains(word, flat, StringComparison.Ordinal);
        }

        var info = await RunAsync("pdfinfo", pdf);
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        var size = SizeLine().Match(info);
        Assert.True(pages >= 1 && pages <= maxPages, $"{address}: {pages} pages, at most {maxPages} expected");
        // A4 landscape: 842 × 595 points.
        Assert.Equal(842, Math.Round(double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture)));
        Assert.Equal(595, Math.Round(double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture)));
    }

    private static string Squash(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex SizeLine();
}
