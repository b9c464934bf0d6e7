using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>The home page: each province's split between central, local and enterprise money (figures from the documents).</summary>
public class FundingSplitPageTests
{
    [Theory]
    [InlineData("binh-dinh", "3.785", "55,2%", "3.075", "44,8%", "–", "6.860")]
    [InlineData("thai-binh", "2.125", "43,5%", "2.495", "51,0%", "270", "4.890")]
    [InlineData("can-tho", "2.899", "55,3%", "2.342,5", "44,7%", "–", "5.241,5")]
    public async Task ShowsEachProvincesMoneyPerSourceAsTheDocumentsStateIt(
        string province, string central, string centralShare, string local, string localShare, string enterprise, string total)
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/");
        Assert.Empty(page.Errors);
        Assert.Equal(central, page.Text($"amount-{province}-central"));
        Assert.Equal(centralShare, page.Text($"share-{province}-central"));
        Assert.Equal(local, page.Text($"amount-{province}-local"));
        Assert.Equal(localShare, page.Text($"share-{province}-local"));
        Assert.Equal(enterprise, page.Text($"amount-{province}-enterprise"));
        Assert.Equal(total, page.Text($"total-{province}"));
    }

    [Theory]
    [InlineData("binh-dinh", "6.860 ✓ khớp (dự thảo)")] // its document is the draft of 10/2020: not an official total
    [InlineData("thai-binh", "4.890 ✓ khớp")]
    [InlineData("can-tho", "5.241,5 ✓ khớp")]
    public async Task PutsTheOfficialStatedTotalNextToTheCubeTotal(string province, string stated)
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/");
        Assert.Equal(stated, page.Text($"stated-total-{province}"));
        Assert.Equal(stated.Split(' ')[0], page.Text($"cube-total-{province}"));
    }

    [Fact]
    public async Task AddsUpAllProvincesPerSource()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/");
        Assert.Equal("8.809", page.Text("amount-all-central"));
        Assert.Equal("7.912,5", page.Text("amount-all-local"));
        Assert.Equal("270", page.Text("amount-all-enterprise"));
        Assert.Equal("16.991,5", page.Text("total-all"));
    }

    [Theory]
    [InlineData(2021, "535", "585", "455", "325", "20", "102", "664,3")]
    [InlineData(2022, "905", "625", "420", "445", "55", "977", "459,3")]
    [InlineData(2023, "695", "585", "360", "560", "65", "522", "344,3")]
    [InlineData(2024, "815", "605", "360", "575", "65", "662", "444,3")]
    [InlineData(2025, "835", "675", "530", "590", "65", "636", "430,3")]
    public async Task OneYearShowsThatYearsMoney(
        int year, string bdCentral, string bdLocal, string tbCentral, string tbLocal, string tbEnterprise, string ctCentral, string ctLocal)
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>($"/?mode=year&year={year}");
        Assert.Equal(bdCentral, page.Text("amount-binh-dinh-central"));
        Assert.Equal(bdLocal, page.Text("amount-binh-dinh-local"));
        Assert.Equal(tbCentral, page.Text("amount-thai-binh-central"));
        Assert.Equal(tbLocal, page.Text("amount-thai-binh-local"));
        Assert.Equal(tbEnterprise, page.Text("amount-thai-binh-enterprise"));
        Assert.Equal(ctCentral, page.Text("amount-can-tho-central"));
        Assert.Equal(ctLocal, page.Text("amount-can-tho-local"));
        Assert.Contains($"— {year}", page.Find("share-chart").QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmallMultiplesDrawOneChartPerYearAndTabulateEveryYear()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?mode=multiples");
        foreach (var year in new[] { 2021, 2022, 2023, 2024, 2025 })
        {
            Assert.True(page.Has($"multiple-{year}"), $"a chart for {year}");
        }

        Assert.Equal("102", page.Text("amount-can-tho-2021-central"));
        Assert.Equal("664,3", page.Text("amount-can-tho-2021-local"));
        Assert.Equal("766,3", page.Text("total-can-tho-2021"));
        Assert.Equal("65", page.Text("amount-thai-binh-2025-enterprise"));
    }

    [Fact]
    public async Task FiltersApplyToEveryChartAndTableOnThePage()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?provinces=thai-binh&years=2023-2025&sources=local");
        Assert.False(page.Has("split-row-binh-dinh"));
        Assert.False(page.Has("split-row-can-tho"));
        Assert.Equal("1.725", page.Text("amount-thai-binh-local")); // 560 + 575 + 590
        Assert.Equal("100,0%", page.Text("share-thai-binh-local"));
        Assert.False(page.Has("amount-thai-binh-central"));
        Assert.True(page.Has("amount-chart-thai-binh-local"));
        Assert.False(page.Has("amount-chart-binh-dinh"));
        Assert.Equal("1725", page.Find("amount-chart-thai-binh-local").GetAttribute("data-value"));
    }

    [Fact]
    public async Task TickingAProvinceOffWritesTheFilterIntoTheAddressAndReloads()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?mode=year&year=2022");
        await page.ClickAsync(a => (a.GetValueOrDefault("aria-label") as string) == "Thái Bình", "the Thái Bình checkbox");
        Assert.Equal("http://localhost/?provinces=binh-dinh,can-tho&mode=year&year=2022", page.Uri);
        await page.WaitForAsync(() => !page.Has("split-row-thai-binh"), "Thái Bình's row is gone");
        Assert.Equal("905", page.Text("amount-binh-dinh-central"));
    }

    [Fact]
    public async Task SwitchingToOneYearPutsTheYearInTheAddress()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?provinces=can-tho");
        await page.ClickAsync(a => (a.GetValueOrDefault("aria-label") as string) == "Một năm", "the one-year button");
        Assert.Equal("http://localhost/?provinces=can-tho&mode=year&year=2025", page.Uri);
        await page.WaitForTextAsync("amount-can-tho-central", "636");
    }

    [Fact]
    public async Task SpeaksEnglishWithEnglishNumbersOnRequest()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?lang=en");
        Assert.Equal("5,241.5", page.Text("total-can-tho"));
        Assert.Equal("2,342.5", page.Text("amount-can-tho-local"));
        Assert.Equal("43.5%", page.Text("share-thai-binh-central"));
        Assert.Contains("How each province splits its plan money", page.Html, StringComparison.Ordinal);
        Assert.Contains("million VND", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("triệu đồng", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrawsEachShareInProportionInTheSourcesColour()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/");
        var central = page.Find("share-chart-binh-dinh-central").QuerySelector("rect")!;
        var local = page.Find("share-chart-binh-dinh-local").QuerySelector("rect")!;
        var centralWidth = double.Parse(central.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        var localWidth = double.Parse(local.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3785.0 / 3075.0, centralWidth / localWidth, 2);
        Assert.Equal("#0072B2", central.GetAttribute("fill"));
        Assert.Equal("#E69F00", local.GetAttribute("fill"));
        Assert.Equal("#009E73", page.Find("share-chart-thai-binh-enterprise").QuerySelector("rect")!.GetAttribute("fill"));
        // Its name (and tooltip) says what it is, its amount, unit and share.
        Assert.StartsWith("Bình Định · Trung ương: 3.785 triệu đồng · 55,2%", central.ParentElement!.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OffersTheODataQueryAndTheChartAndWorkbookAddresses()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/");
        // The same row shape as a filtered view (it used to be the FundingSplits set, whose columns differ).
        Assert.Equal(
            "http://localhost/odata/BudgetLines?$apply=groupby((ProvinceCode,Province,SourceCode,SourceVi,Source),aggregate(Amount with sum as Amount,Amount with EcomCompare.shareOfRow as Share,Amount with EcomCompare.totalOfRow as Total))",
            Uri.UnescapeDataString(page.Find("odata-url").GetAttribute("value")!));
        Assert.Equal("export/funding-split.xlsx", page.Find("xlsx-link").GetAttribute("href"));
        Assert.Equal("http://localhost/charts/funding-split.svg?measure=share&lang=vi", page.Find("embed-0").GetAttribute("value"));
        Assert.Equal("http://localhost/charts/funding-split.svg?measure=amount&lang=vi", page.Find("embed-1").GetAttribute("value"));
        Assert.Equal("http://localhost/", page.Find("share-url").GetAttribute("value"));
    }

    [Fact]
    public async Task OffersAnODataAddressForExactlyTheFilteredNumbers()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>(
            "/?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local&categories=awareness");
        Assert.Equal(
            "http://localhost/odata/BudgetLines?$apply=filter(ProvinceCode in ('binh-dinh','can-tho') and Year ge 2021 and Year le 2023 and SourceCode in ('central','local') and CategoryCode in ('awareness'))/groupby((ProvinceCode,Province,SourceCode,SourceVi,Source),aggregate(Amount with sum as Amount,Amount with EcomCompare.shareOfRow as Share,Amount with EcomCompare.totalOfRow as Total))",
            Uri.UnescapeDataString(page.Find("odata-url").GetAttribute("value")!));
        Assert.Equal(
            "export/funding-split.xlsx?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local&categories=awareness",
            page.Find("xlsx-link").GetAttribute("href"));
    }

    [Fact]
    public async Task OneYearFiltersTheSameShapeToThatYear()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?mode=year&year=2022");
        Assert.Equal(
            "http://localhost/odata/BudgetLines?$apply=filter(Year eq 2022)/groupby((ProvinceCode,Province,SourceCode,SourceVi,Source),aggregate(Amount with sum as Amount,Amount with EcomCompare.shareOfRow as Share,Amount with EcomCompare.totalOfRow as Total))",
            Uri.UnescapeDataString(page.Find("odata-url").GetAttribute("value")!));
        Assert.Equal("export/funding-split.xlsx?years=2022", page.Find("xlsx-link").GetAttribute("href"));
    }

    [Fact]
    public async Task SmallMultiplesExportTheYearByYearViewInTheEnglishUi()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?mode=multiples&measure=amount&provinces=thai-binh&lang=en");
        Assert.Equal(
            "http://localhost/odata/BudgetLines?$apply=filter(ProvinceCode in ('thai-binh'))/groupby((ProvinceCode,Province,Year,SourceCode,SourceVi,Source),aggregate(Amount with sum as Amount,Amount with EcomCompare.shareOfRow as Share,Amount with EcomCompare.totalOfRow as Total))", Uri.UnescapeDataString(page.Find("odata-url").GetAttribute("value")!));
        Assert.Equal("export/funding-split.xlsx?provinces=thai-binh&layout=multiples&lang=en", page.Find("xlsx-link").GetAttribute("href"));
        Assert.Equal(
            "http://localhost/charts/funding-split.svg?provinces=thai-binh&measure=amount&layout=multiples&lang=en",
            page.Find("embed-0").GetAttribute("value"));
        Assert.False(page.Has("embed-1"));
    }

    // The reference each province is read against (issue 14): the plain average of the three provinces' own shares —
    // central 3.785/6.860, 2.125/4.890, 2.899/5.241,5 → 51,3 %; local → 46,8 %; enterprise 0, 270/4.890, 0 → 1,8 % —
    // not the money-weighted all-provinces row (central 8.809/16.991,5 = 51,8 %).
    [Fact]
    public async Task AnAverageOfTheProvincesSharesIsTheReferenceBesideThem()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/");
        Assert.Equal(
            ("51,3%", "46,8%", "1,8%"),
            (page.Text("average-share-central"), page.Text("average-share-local"), page.Text("average-share-enterprise")));

        await using var two = await PageHarness.OpenAsync<FundingSplit>("/?provinces=binh-dinh,thai-binh&lang=en");
        Assert.Equal("49.3%", two.Text("average-share-central")); // (55,17 % + 43,46 %) / 2
        Assert.StartsWith("Provinces' average share", two.Text("split-row-average"), StringComparison.Ordinal);

        await using var one = await PageHarness.OpenAsync<FundingSplit>("/?provinces=can-tho");
        Assert.False(one.Has("split-row-average")); // one province is its own average
    }
}
