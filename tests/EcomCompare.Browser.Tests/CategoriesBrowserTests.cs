using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>Drilling from a category cell down to its items, in the browser.</summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class CategoriesBrowserTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task ClickingACategoryCellListsItsItemsWithTheirDocumentAndLines()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/categories");
        await page.ByTestId("cell-thai-binh-management").ClickAsync();
        await page.ByTestId("drill").WaitForAsync();
        Assert.EndsWith("/categories?cell=thai-binh/management", page.Page.Url, StringComparison.Ordinal);

        var items = await page.Page.Locator("[data-testid^='drill-item-']").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.testid)");
        Assert.Equal(["drill-item-thai-binh/I.3", "drill-item-thai-binh/IV.*", "drill-item-thai-binh/IV.1"], items);
        Assert.Equal("745", await page.TextAsync("drill-total"));
        Assert.Contains("thai-binh.txt", await page.TextAsync("drill-item-thai-binh/IV.1"), StringComparison.Ordinal);

        var drill = Path.Combine(Screenshots.Artifacts, "dashboard-categories-drill.png");
        await page.ByTestId("drill").ScreenshotAsync(new() { Path = drill });
        Screenshots.Publish(drill);

        await page.ByTestId("drill-source-thai-binh/IV.1").ClickAsync();
        await page.ByTestId("source-text").WaitForAsync();
        Assert.Contains("Tổ chức lớp đào tạo", await page.Page.Locator(".ec-source-hit").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(Screenshots.Artifacts, "dashboard-categories-drill-source", fullPage: true);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task TheExplorerDrillsDownAndUp()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/explorer?rows=province");
        await page.ByTestId("pivot-drill-down").ClickAsync();
        await page.Page.GetByRole(AriaRole.Option, new() { Name = "Nhóm nhiệm vụ", Exact = true }).ClickAsync();
        await page.ByTestId("pivot-row-thai-binh~management").WaitForAsync();
        Assert.EndsWith("/explorer", page.Page.Url, StringComparison.Ordinal); // province,category is the default
        await page.ByTestId("pivot-toggle-thai-binh").ClickAsync();
        await page.ByTestId("pivot-row-thai-binh~management").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.EndsWith("/explorer?closed=thai-binh", page.Page.Url, StringComparison.Ordinal);
        await page.ByTestId("pivot-drill-up").ClickAsync();
        await page.ByTestId("pivot-drill-up").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.EndsWith("/explorer?rows=province", page.Page.Url, StringComparison.Ordinal);
        Assert.Empty(page.Problems);
    }
}
