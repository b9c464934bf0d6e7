using System.Net;
using System.Text.Json;
using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>The 2025 targets page in the browser: values, the original sentence, filters, and its OData address.</summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class TargetsBrowserTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task ACellShowsItsSentenceAndAFilterChangesTheColumnsAndTheAddress()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/targets");
        // Bình Định's 35 % is under the national 50 % (645/QĐ-TTg): its cell carries the flag beside the value.
        Assert.Equal("35%", (await page.ByTestId("target-cashless-payment-binh-dinh").Locator("button").InnerTextAsync()).Trim());
        Assert.Equal("▼ thấp hơn mức cả nước", await page.TextAsync("below-national-cashless-payment-binh-dinh"));
        Assert.Equal("> 50%", await page.TextAsync("target-cashless-payment-can-tho"));
        Assert.Equal("3.500 lượt người", await page.TextAsync("target-trainees-thai-binh"));
        Assert.Equal("values", await page.ByTestId("target-row-cashless-payment").GetAttributeAsync("data-differs"));

        await page.ByTestId("target-cashless-payment-binh-dinh").Locator("button").ClickAsync();
        await page.ByTestId("target-sentence").WaitForAsync();
        Assert.Matches(@"/targets\?target=\d+$", page.Page.Url);
        Assert.Contains("không dùng tiền mặt", await page.TextAsync("target-sentence-text"), StringComparison.Ordinal);
        Assert.Contains("binh-dinh.txt, dòng 160", await page.TextAsync("target-sentence"), StringComparison.Ordinal);

        await page.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Thái Bình", Exact = true }).ClickAsync();
        await page.ByTestId("target-trainees-thai-binh").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.EndsWith("/targets?provinces=binh-dinh,can-tho", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal("1.000 lượt người", await page.TextAsync("target-trainees-can-tho"));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task TheOpenInExcelAddressReturnsTheTargetsOnScreen()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/targets?provinces=thai-binh,can-tho&categories=human-resources,infrastructure");
        var odata = await page.ByTestId("odata-url").InputValueAsync();

        var onScreen = await page.Page.Locator("td.ec-target button").EvaluateAllAsync<string[]>(
            "buttons => buttons.map(b => b.closest('td').dataset.testid + '=' + b.textContent.trim())");
        Assert.NotEmpty(onScreen);

        using var client = new HttpClient();
        using var response = await client.GetAsync(odata);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = json.RootElement.GetProperty("value").EnumerateArray().ToList();
        var fromOData =
            rows.Select(r => $"target-{r.GetProperty("IndicatorCode").GetString()}-{r.GetProperty("ProvinceCode").GetString()}").Order().ToList();
        Assert.Equal(fromOData, onScreen.Select(s => s[..s.IndexOf('=')]).Order().ToList());

        // The numbers agree too: Thái Bình's cashless-payment target is 50 (%), as the cell says.
        var cashless = rows.Single(
            r => r.GetProperty("IndicatorCode").GetString() == "cashless-payment" && r.GetProperty("ProvinceCode").GetString() == "thai-binh");
        Assert.Equal(50m, cashless.GetProperty("Value").GetDecimal());
        Assert.Contains("target-cashless-payment-thai-binh=50%", onScreen);
        Assert.Empty(page.Problems);
    }
}
