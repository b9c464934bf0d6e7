using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>Money per year per province and source, and the co-financing ratio.</summary>
public class TrendsPageTests
{
    [Theory]
    [InlineData("binh-dinh", "central", "535 905 695 815 835")]
    [InlineData("binh-dinh", "local", "585 625 585 605 675")]
    [InlineData("thai-binh", "central", "455 420 360 360 530")]
    [InlineData("thai-binh", "local", "325 445 560 575 590")]
    [InlineData("thai-binh", "enterprise", "20 55 65 65 65")]
    [InlineData("can-tho", "central", "102 977 522 662 636")]
    [InlineData("can-tho", "local", "664,3 459,3 344,3 444,3 430,3")]
    public async Task TabulatesEachYearsMoneyAsTheDocumentsStateIt(string province, string source, string perYear)
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends");
        Assert.Empty(page.Errors);
        var years = new[] { 2021, 2022, 2023, 2024, 2025 };
        Assert.Equal(perYear, string.Join(' ', years.Select(y => page.Text($"trend-{province}-{source}-{y}"))));
    }

    [Theory]
    [InlineData("can-tho", "2021", "6,51")] // 664,3 / 102
    [InlineData("binh-dinh", "2021", "1,09")] // 585 / 535
    [InlineData("thai-binh", "2024", "1,60")] // 575 / 360
    [InlineData("thai-binh", "all", "1,17")] // 2.495 / 2.125
    public async Task CoFinancingIsLocalMoneyPerUnitOfCentralMoney(string province, string year, string ratio)
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends");
        Assert.Equal(ratio, page.Text($"ratio-{province}-{year}"));
    }

    [Fact]
    public async Task DrawsOnePanelPerProvinceWithOneLinePerSource()
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends?provinces=thai-binh");
        Assert.True(page.Has("trend-thai-binh"));
        Assert.False(page.Has("trend-binh-dinh"));
        var enterprise = page.Find("trend-thai-binh-enterprise");
        Assert.Equal("#009E73", enterprise.QuerySelector("path")!.GetAttribute("stroke"));
        Assert.Equal(5, enterprise.QuerySelectorAll("circle:not(.ec-hit)").Length);
    }

    [Fact]
    public async Task EachPanelWritesTheValuesItHasRoomFor()
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends?provinces=thai-binh");
        var labels = page.Find("trend-thai-binh").QuerySelectorAll(".ec-value-label").Select(l => l.TextContent).ToList();

        // The table's figures, each beside its point — but for 2025's local 590: its point is at the top of the scale
        // (no room above) and central's 530 label is just below it, so it is left out (its tooltip and the table say it).
        Assert.Equal(
            ["455", "420", "360", "360", "530", "325", "445", "560", "575", "20", "55", "65", "65", "65"], labels);
    }

    [Fact]
    public async Task GroupedColumnsOnRequest()
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends?chart=columns&years=2022-2023");
        Assert.Equal(2, page.Find("trend-binh-dinh-central").QuerySelectorAll("rect").Length);
        Assert.Equal("905", page.Text("trend-binh-dinh-central-2022"));
        Assert.False(page.Has("trend-binh-dinh-central-2021"));
    }

    [Fact]
    public async Task SaysTheCoFinancingRatioNeedsBothSourcesWhenOneIsFilteredOut()
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends?sources=central");
        Assert.True(page.Has("co-financing-needs-sources"));
        Assert.False(page.Has("co-financing-table"));
    }

    [Fact]
    public async Task OffersTheODataAddressOfProvinceYearAndSource()
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends?years=2022");
        Assert.Equal(
            "http://localhost/odata/BudgetLines?$apply=filter(Year eq 2022)/groupby((ProvinceCode,Province,Year,SourceCode,SourceVi,Source),aggregate(Amount with sum as Amount,Amount with EcomCompare.totalOfRow as Total))",
            Uri.UnescapeDataString(page.Find("odata-url").GetAttribute("value")!));
        Assert.Equal("http://localhost/charts/co-financing.svg?years=2022&lang=vi", page.Find("embed-1").GetAttribute("value"));
    }
}
