using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>The pivot: rows, columns, measure, subtotals, drill down and up — fed by the cube's grouping sets.</summary>
public class ExplorerPageTests
{
    private static string Cells(PageHarness page, string testId) =>
        string.Join(' ', page.Find(testId).QuerySelectorAll("td").Select(td => td.TextContent.Trim()));

    [Fact]
    public async Task ProvincesByCategoryAgainstSourcesWithSubtotalsAndAGrandTotal()
    {
        await using var page = await PageHarness.OpenAsync<Explorer>("/explorer");
        Assert.Empty(page.Errors);
        Assert.Equal("8.809 7.912,5 270 16.991,5", Cells(page, "pivot-grand"));
        Assert.Equal("2.125 2.495 270 4.890", Cells(page, "pivot-row-thai-binh"));
        Assert.Equal("325 420 – 745", Cells(page, "pivot-row-thai-binh~management"));
        Assert.Equal("1.080 705 240 2.025", Cells(page, "pivot-row-thai-binh~enterprise-support"));
    }

    [Theory]
    [InlineData("row", "pivot-row-thai-binh", "43,5% 51,0% 5,5% 100,0%")]
    [InlineData("col", "pivot-row-can-tho", "32,9% 29,6% – 30,8%")] // 2.899 / 8.809, 2.342,5 / 7.912,5, 5.241,5 / 16.991,5
    [InlineData("total", "pivot-row-binh-dinh", "22,3% 18,1% – 40,4%")] // of 16.991,5
    public async Task SharesOfRowColumnOrGrandTotal(string measure, string row, string expected)
    {
        await using var page = await PageHarness.OpenAsync<Explorer>($"/explorer?rows=province&measure={measure}");
        Assert.Equal(expected, Cells(page, row));
    }

    [Fact]
    public async Task DrillUpRemovesTheInnermostLevelAndDrillDownAddsOne()
    {
        await using var page = await PageHarness.OpenAsync<Explorer>("/explorer");
        await page.ClickAsync("pivot-drill-up");
        Assert.Equal("http://localhost/explorer?rows=province", page.Uri);
        await page.WaitForAsync(() => !page.Has("pivot-row-thai-binh~management"), "the category level is gone");
        Assert.Equal("2.125 2.495 270 4.890", Cells(page, "pivot-row-thai-binh"));

        await page.NavigateAsync("explorer?rows=province,category,item");
        await page.WaitForAsync(() => page.Has("pivot-row-thai-binh~management~thai-binh/IV.*"), "the item level");
        Assert.Equal("125 290 – 415", Cells(page, "pivot-row-thai-binh~management~thai-binh/IV.*"));
    }

    [Fact]
    public async Task CollapsingARowHidesItsChildrenAndTheAddressRemembersIt()
    {
        await using var page = await PageHarness.OpenAsync<Explorer>("/explorer");
        await page.ClickAsync("pivot-toggle-binh-dinh");
        Assert.Equal("http://localhost/explorer?closed=binh-dinh", page.Uri);
        await page.WaitForAsync(() => !page.Has("pivot-row-binh-dinh~awareness"), "Bình Định's categories are hidden");
        Assert.True(page.Has("pivot-row-thai-binh~awareness"));
        Assert.Equal("3.785 3.075 – 6.860", Cells(page, "pivot-row-binh-dinh"));
    }

    [Fact]
    public async Task WithoutSubtotalsShowsTheDetailRowsWithEveryLabel()
    {
        await using var page = await PageHarness.OpenAsync<Explorer>("/explorer?totals=off&provinces=can-tho");
        Assert.False(page.Has("pivot-row-can-tho"));
        var row = page.Find("pivot-row-can-tho~human-resources");
        Assert.Equal(["Cần Thơ", "Phát triển nguồn nhân lực, đào tạo"], row.QuerySelectorAll("th").Select(th => th.TextContent.Trim()));
        Assert.Equal("1.145 655 1.800", Cells(page, "pivot-row-can-tho~human-resources")); // no enterprise money in Cần Thơ: no column
    }

    [Fact]
    public async Task YearsAcrossAndNoColumnDimension()
    {
        await using var byYear = await PageHarness.OpenAsync<Explorer>("/explorer?rows=province&cols=year&sources=central");
        Assert.Equal("102 977 522 662 636 2.899", Cells(byYear, "pivot-row-can-tho"));

        await using var single = await PageHarness.OpenAsync<Explorer>("/explorer?rows=source&cols=none");
        Assert.Equal("8.809", Cells(single, "pivot-row-central"));
        Assert.Equal("16.991,5", Cells(single, "pivot-grand"));
    }

    [Fact]
    public async Task OffersTheODataGroupingOfTheRowsAndColumns()
    {
        await using var page = await PageHarness.OpenAsync<Explorer>("/explorer?rows=province,item&provinces=thai-binh");
        Assert.Equal(
            "http://localhost/odata/BudgetLines?$apply=filter(ProvinceCode in ('thai-binh'))/groupby((ProvinceCode,Province,ItemCode,ItemName,SourceCode,SourceVi,Source),aggregate(Amount with sum as Amount,Amount with EcomCompare.totalOfRow as Total))",
            Uri.UnescapeDataString(page.Find("odata-url").GetAttribute("value")!));
        // The workbook is the pivot as laid out, not the budget-lines file.
        Assert.Equal("export/pivot.xlsx?provinces=thai-binh&rows=province,item&cols=source", page.Find("xlsx-link").GetAttribute("href"));
    }

    [Fact]
    public async Task TheWorkbookAddressCarriesTheMeasureTheTotalsAndTheLanguage()
    {
        await using var page = await PageHarness.OpenAsync<Explorer>("/explorer?rows=source&cols=year&measure=row&totals=off&lang=en");
        Assert.Equal("export/pivot.xlsx?rows=source&cols=year&measure=row&totals=off&lang=en", page.Find("xlsx-link").GetAttribute("href"));
    }
}
