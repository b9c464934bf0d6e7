using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>The funding-split page in the browser: the documents' figures, filters, shareable addresses.</summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class FundingSplitBrowserTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task ShowsEachProvincesCentralLocalAndEnterpriseMoneyAsTheDocumentsStateIt()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/");
        var expected = new Dictionary<string, (string Central, string Local, string Enterprise, string Total)>
        {
            ["binh-dinh"] = ("3.785", "3.075", "–", "6.860"),
            ["thai-binh"] = ("2.125", "2.495", "270", "4.890"),
            ["can-tho"] = ("2.899", "2.342,5", "–", "5.241,5"),
        };
        foreach (var (province, (central, local, enterprise, total)) in expected)
        {
            Assert.Equal(central, await page.TextAsync($"amount-{province}-central"));
            Assert.Equal(local, await page.TextAsync($"amount-{province}-local"));
            Assert.Equal(enterprise, await page.TextAsync($"amount-{province}-enterprise"));
            Assert.Equal(total, await page.TextAsync($"total-{province}"));
            Assert.StartsWith(total + " ✓", await page.TextAsync($"stated-total-{province}"), StringComparison.Ordinal);
        }

        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task ChangingAFilterUpdatesTheNumbersAndTheAddress()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/");
        Assert.Equal("16.991,5", await page.TextAsync("total-all"));

        await page.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Thái Bình", Exact = true }).ClickAsync();
        await page.WaitForTextAsync("total-all", "12.101,5"); // 6.860 + 5.241,5
        Assert.EndsWith("/?provinces=binh-dinh,can-tho", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.ByTestId("split-row-thai-binh").CountAsync());

        await page.Page.GetByRole(AriaRole.Radio, new() { Name = "Một năm", Exact = true }).ClickAsync();
        await page.Page.GetByRole(AriaRole.Radio, new() { Name = "2022", Exact = true }).ClickAsync();
        await page.WaitForTextAsync("amount-binh-dinh-central", "905");
        Assert.EndsWith("/?provinces=binh-dinh,can-tho&mode=year&year=2022", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal("977", await page.TextAsync("amount-can-tho-central"));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task ASharedAddressReopensTheSameView()
    {
        const string Address = "/?provinces=thai-binh&sources=local,enterprise&mode=year&year=2024&lang=en";
        await using var first = await dashboard.NewPageAsync();
        await first.OpenAsync("/");
        await first.Page.GotoAsync(Address);
        await first.WaitInteractiveAsync();
        var shared = await first.ByTestId("share-url").InputValueAsync();

        // Someone else opens the copied address in their own browser.
        await using var second = await dashboard.NewPageAsync();
        await second.OpenAsync(new Uri(shared).PathAndQuery);
        Assert.Equal("575", await second.TextAsync("amount-thai-binh-local"));
        Assert.Equal("65", await second.TextAsync("amount-thai-binh-enterprise"));
        Assert.Equal("89.8%", await second.TextAsync("share-thai-binh-local")); // 575 / 640, English format
        Assert.Equal(0, await second.ByTestId("amount-thai-binh-central").CountAsync());
        Assert.Equal("true", await second.Page.GetByRole(AriaRole.Radio,
            new() { Name = "One year", Exact = true }).GetAttributeAsync("aria-checked"));
        Assert.Equal("true", await second.Page.GetByRole(AriaRole.Radio, new() { Name = "2024", Exact = true }).GetAttributeAsync("aria-checked"));
        Assert.Equal(
            "true", await second.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Thái Bình", Exact = true }).GetAttributeAsync("aria-checked"));
        Assert.Equal(
            "false", await second.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Bình Định", Exact = true }).GetAttributeAsync("aria-checked"));
        Assert.Equal(
            "false", await second.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Central", Exact = true }).GetAttributeAsync("aria-checked"));
        Assert.Empty(second.Problems);
    }

    [Fact]
    public async Task TheCopyButtonPutsTheODataAddressOnTheClipboard()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.OpenAsync("/?mode=year&year=2022");
        await page.ByTestId("odata-url-copy").ClickAsync();
        await page.Page.GetByText("Đã sao chép").WaitForAsync();
        var clipboard = await page.Page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal(await page.ByTestId("odata-url").InputValueAsync(), clipboard);
        Assert.StartsWith(
            dashboard.Server.BaseAddress + "odata/BudgetLines?$apply=filter(Year%20eq%202022)/groupby((ProvinceCode,Province,SourceCode,SourceVi,Source)", clipboard,
            StringComparison.Ordinal);
    }
}
