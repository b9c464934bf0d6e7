using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// No lost clicks (issue 14): the page paints its numbers before the circuit is live; a click in between is held
/// and acts once the live page is there. Blazor's script is held back 2 s so the window is wide and certain, instead
/// of the few hundred milliseconds it is on a fast machine (where a test could pass without exercising it).
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class ClicksBeforeTheCircuitTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task AProvinceUntickedRightAfterTheNumbersPaintIsUntickedOnceTheCircuitIsLive()
    {
        await using var page = await OpenBeforeTheCircuitAsync("/");
        Assert.Equal("16.991,5", await page.TextAsync("total-all"));

        await page.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Thái Bình", Exact = true }).ClickAsync();
        Assert.Equal("false", await page.Page.Locator(".ec-app").GetAttributeAsync("data-interactive"));
        Assert.Equal("progress", await page.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).cursor"));

        await page.WaitForTextAsync("total-all", "12.101,5"); // 6.860 + 5.241,5: Thái Bình left out
        Assert.EndsWith("/?provinces=binh-dinh,can-tho", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal("auto", await page.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).cursor"));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task TwoClicksBeforeTheCircuitActInTheirOrder()
    {
        await using var page = await OpenBeforeTheCircuitAsync("/?lang=en");
        await page.Page.GetByRole(AriaRole.Radio, new() { Name = "One year", Exact = true }).ClickAsync();
        await page.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Cần Thơ", Exact = true }).ClickAsync();

        await page.Page.WaitForURLAsync("**/?provinces=binh-dinh,thai-binh&mode=year&year=2025&lang=en", new() { Timeout = 20_000 });
        await page.ByTestId("year").WaitForAsync();
        // The address changes before the page has loaded its new numbers: wait for Cần Thơ's row to go.
        await page.ByTestId("split-row-can-tho").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
        Assert.Equal(1, await page.ByTestId("split-row-thai-binh").CountAsync());
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task APageTabClickedBeforeTheCircuitStillNavigates()
    {
        await using var page = await OpenBeforeTheCircuitAsync("/");
        await page.ByTestId("nav-targets").ClickAsync();
        await page.Page.WaitForURLAsync("**/targets", new() { Timeout = 20_000 });
        await page.WaitInteractiveAsync();
    }

    private async Task<WatchedPage> OpenBeforeTheCircuitAsync(string address)
    {
        var page = await dashboard.NewPageAsync();
        await page.Page.RouteAsync("**/_framework/blazor.web.js", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await route.ContinueAsync();
        });
        await page.Page.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.ByTestId("total-all").Or(page.ByTestId("nav-targets")).First.WaitForAsync();
        Assert.Equal("false", await page.Page.Locator(".ec-app").GetAttributeAsync("data-interactive"));
        return page;
    }
}
