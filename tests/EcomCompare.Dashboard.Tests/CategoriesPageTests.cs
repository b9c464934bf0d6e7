using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>The category × province heatmap and its drill-down to items.</summary>
public class CategoriesPageTests
{
    [Theory]
    [InlineData("thai-binh-management", "15,2% 745")] // 30 + 300 + 415 unitemized, of 4.890
    [InlineData("binh-dinh-enterprise-support", "48,5% 3.325")]
    [InlineData("can-tho-human-resources", "34,3% 1.800")]
    public async Task ShowsEachCategorysShareOfTheProvincesBudget(string cell, string text)
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories");
        Assert.Empty(page.Errors);
        Assert.Equal(text, page.Text("cell-" + cell));
    }

    [Fact]
    public async Task ShowsAmountsFirstOnRequest()
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories?measure=amount");
        Assert.Equal("745 15,2%", page.Text("cell-thai-binh-management"));
        Assert.Equal("4.890", page.Text("heat-total-thai-binh"));
    }

    [Fact]
    public async Task ClickingACellListsTheItemsBehindItWithTheirDocumentAndLines()
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories");
        await page.ClickAsync("cell-thai-binh-management");
        Assert.Equal("http://localhost/categories?cell=thai-binh/management", page.Uri);
        await page.WaitForAsync(() => page.Has("drill"), "the drill-down");

        var items = page.Document.QuerySelectorAll("[data-testid^='drill-item-']").Select(e => e.GetAttribute("data-testid")).ToList();
        Assert.Equal(["drill-item-thai-binh/I.3", "drill-item-thai-binh/IV.*", "drill-item-thai-binh/IV.1"], items); // document order
        Assert.Equal("30", page.Text("drill-total-thai-binh/I.3"));
        Assert.Equal("415", page.Text("drill-total-thai-binh/IV.*"));
        Assert.Equal("300", page.Text("drill-total-thai-binh/IV.1"));
        Assert.Equal("745", page.Text("drill-total"));
        var unitemized = page.Text("drill-item-thai-binh/IV.*");
        Assert.Contains("thai-binh.txt", unitemized, StringComparison.Ordinal);
        Assert.Contains("284", unitemized, StringComparison.Ordinal);
        Assert.Contains("phần chưa phân bổ", unitemized, StringComparison.Ordinal);
        Assert.StartsWith("270", page.Text("drill-source-thai-binh/I.3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsAnItemsSourceLinesInContext()
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories?cell=thai-binh/management");
        await page.ClickAsync("drill-source-thai-binh/IV.1");
        await page.WaitForAsync(() => page.Has("source-text"), "the source text");
        var source = page.Find("source-text");
        var hit = Assert.Single(source.QuerySelectorAll(".ec-source-hit"));
        Assert.StartsWith("2851\tTổ chức lớp đào tạo, tập huấn chuyên sâu", hit.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASharedDrillDownAddressOpensWithTheItemsListed()
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories?provinces=binh-dinh&cell=binh-dinh/awareness");
        Assert.Equal("200", page.Text("drill-total"));
        Assert.True(page.Has("cell-binh-dinh-awareness"));
        Assert.Equal("true", page.Find("cell-binh-dinh-awareness").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task SwitchesToTheProvincesOwnGroups()
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories?by=native&provinces=binh-dinh");
        // Bình Định's group 5: its items add up to 3.325 (the header's 3.235 is a typo the reconciliation reports).
        Assert.StartsWith("48,5% 3.325", page.Text("cell-binh-dinh-5"), StringComparison.Ordinal);
        await page.ClickAsync("cell-binh-dinh-5");
        await page.WaitForTextAsync("drill-total", "3.325");
    }

    [Fact]
    public async Task OffersTheODataAddressOfCategoryAndProvince()
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories?sources=enterprise");
        Assert.Equal(
            "http://localhost/odata/BudgetLines?$apply=filter(SourceCode in ('enterprise'))/groupby((CategoryCode,CategoryVi,Category,ProvinceCode,Province),aggregate(Amount with sum as Amount,Amount with EcomCompare.shareOfColumn as Share,Amount with EcomCompare.totalOfColumn as Total))",
            Uri.UnescapeDataString(page.Find("odata-url").GetAttribute("value")!));
        Assert.Equal(
            "http://localhost/charts/categories.svg?sources=enterprise&measure=share&layout=heatmap&lang=vi",
            page.Find("embed-0").GetAttribute("value"));
        Assert.Equal("export/categories.xlsx?sources=enterprise&measure=share", page.Find("xlsx-link").GetAttribute("href"));
    }

    [Fact]
    public async Task OwnGroupsExportOwnGroupsAndOfferNoHarmonizedChart()
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories?by=native&measure=amount&lang=en");
        Assert.Equal(
            "http://localhost/odata/BudgetLines?$apply=groupby((ProvinceCode,Province,NativeGroupCode,NativeGroup),aggregate(Amount with sum as Amount,Amount with EcomCompare.shareOfRow as Share,Amount with EcomCompare.totalOfRow as Total))",
            Uri.UnescapeDataString(page.Find("odata-url").GetAttribute("value")!));
        Assert.Equal("export/categories.xlsx?by=native&lang=en", page.Find("xlsx-link").GetAttribute("href"));
        Assert.False(page.Has("embed-0"));
    }
}
