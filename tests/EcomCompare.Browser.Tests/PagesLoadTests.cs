using EcomCompare.Browser.Tests.Support;

namespace EcomCompare.Browser.Tests;

/// <summary>Every page, in a real browser against the published server: it loads, it is interactive, nothing fails.</summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class PagesLoadTests(DashboardFixture dashboard)
{
    [Theory]
    [InlineData("funding-split", "/", "split-table", true)]
    [InlineData("funding-year", "/?mode=year&year=2023", "split-table", false)]
    [InlineData("funding-multiples", "/?mode=multiples", "multiples", true)]
    [InlineData("trends", "/trends", "trend-table", true)]
    [InlineData("categories", "/categories?cell=thai-binh/management", "drill", true)]
    [InlineData("categories-native", "/categories?by=native&provinces=binh-dinh,thai-binh", "heatmap", false)]
    [InlineData("explorer", "/explorer", "pivot", false)]
    [InlineData("quality", "/quality", "quality-count", true)]
    [InlineData("documents", "/documents", "documents-table", false)]
    [InlineData("targets", "/targets?target=7", "targets-table", true)]
    [InlineData("funding-split-en", "/?lang=en", "split-table", false)]
    [InlineData("explorer-en", "/explorer?lang=en&measure=row&rows=province,source&cols=year", "pivot", true)]
    public async Task LoadsWithNoConsoleErrorsAndNoFailedRequests(string name, string address, string content, bool readme)
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync(address);
        Assert.True(await page.ByTestId(content).IsVisibleAsync(), $"{address} shows [{content}]");
        await page.SettleAsync();

        var shot = await page.ScreenshotAsync(Screenshots.Artifacts, "dashboard-" + name);
        await page.ScreenshotAsync(Screenshots.Artifacts, "dashboard-" + name + "-full", fullPage: true);
        if (readme)
        {
            Screenshots.Publish(shot);
        }

        Assert.Empty(page.Problems);
        // Blazor's script, Radzen's theme and script, and our own stylesheet came from the server.
        foreach (var asset in new[] { "_framework/blazor.web.js", "_content/Radzen.Blazor/css/standard.css",
            "_content/Radzen.Blazor/Radzen.Blazor.js", "_content/EcomCompare.Dashboard/dashboard.css" })
        {
            Assert.Contains(page.Responses, r => r.Url.EndsWith(asset, StringComparison.Ordinal) && r.Status == 200);
        }
    }

    [Fact]
    public async Task TheLanguageSwitchReloadsTheSameViewInEnglish()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/trends?provinces=can-tho");
        await page.ByTestId("language-switch").ClickAsync();
        await page.Page.WaitForURLAsync("**/trends?provinces=can-tho&lang=en");
        await page.WaitInteractiveAsync();
        Assert.Equal("en", await page.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Money per year", (await page.Page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal("664.3", await page.TextAsync("trend-can-tho-local-2021"));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task AnUnknownAddressSays404WithALinkBackToTheDashboard()
    {
        await using var page = await dashboard.NewPageAsync();
        var response = await page.Page.GotoAsync("/no-such-page?lang=en");
        Assert.Equal(404, response!.Status);
        await page.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Funding split" }).ClickAsync();
        await page.WaitInteractiveAsync();
        Assert.True(await page.ByTestId("split-table").IsVisibleAsync());
    }
}
