using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.State;

namespace EcomCompare.Dashboard.Tests;

/// <summary>The addresses the dashboard writes: its own views, and the OData, workbook and chart contracts.</summary>
public class AddressTests
{
    private static readonly CubeSlice Example = new()
    {
        Provinces = ["binh-dinh", "can-tho"],
        FromYear = 2021,
        ToYear = 2023,
        Sources = ["central", "local"],
        Categories = ["awareness"],
    };

    [Fact]
    public void BuildsTheODataApplyOfTheContractForASlice()
    {
        var url = ExportLinks.BudgetLinesGrouped(Example, ["ProvinceCode", "SourceCode"]);
        Assert.Equal(
            "odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20ge%202021%20and%20Year%20le%202023%20and%20SourceCode%20in%20('central','local')%20and%20CategoryCode%20in%20('awareness'))/groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))",
            url);
        Assert.Equal(
            "odata/BudgetLines?$apply=filter(ProvinceCode in ('binh-dinh','can-tho') and Year ge 2021 and Year le 2023 and SourceCode in ('central','local') and CategoryCode in ('awareness'))/groupby((ProvinceCode,SourceCode),aggregate(Amount with sum as Amount))",
            Uri.UnescapeDataString(url));
    }

    [Fact]
    public void LeavesOutFilterPartsThatKeepEverything()
    {
        Assert.Equal("odata/BudgetLines?$apply=groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))", ExportLinks.BudgetLinesGrouped(CubeSlice.All, ["ProvinceCode", "SourceCode"]));
        Assert.Equal("Year ge 2023", ExportLinks.ODataFilter(new CubeSlice { FromYear = 2023 }));
        Assert.Equal("Year eq 2022", ExportLinks.ODataFilter(new CubeSlice { FromYear = 2022, ToYear = 2022 }));
        Assert.Equal(string.Empty, ExportLinks.ODataFilter(CubeSlice.All));
    }

    [Fact]
    public void NamesTheReadyMadeSets()
    {
        Assert.Equal("odata/FundingSplits", ExportLinks.EntitySet("FundingSplits"));
        Assert.Equal("odata/FundingSplitsByYear?$filter=Year%20eq%202022", ExportLinks.EntitySet("FundingSplitsByYear", "Year eq 2022"));
    }

    [Fact]
    public void BuildsWorkbookAndChartAddressesWithTheSharedSliceFormat()
    {
        Assert.Equal("export/funding-split.xlsx?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local&categories=awareness", ExportLinks.Workbook("funding-split", Example));
        Assert.Equal("export/categories.xlsx", ExportLinks.Workbook("categories", CubeSlice.All));
        Assert.Equal(
            "charts/funding-split.png?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local&categories=awareness&measure=amount&lang=en",
            ExportLinks.Chart("funding-split", "png", Example, "en", ("measure", "amount")));
    }

    [Fact]
    public void AViewAddressIsTheSliceThenThePageKeysThenTheLanguage()
    {
        Assert.Equal("./", ViewAddress.Of(string.Empty, CubeSlice.All, "vi"));
        Assert.Equal("./?lang=en", ViewAddress.Of(string.Empty, CubeSlice.All, "en"));
        Assert.Equal(
            "categories?provinces=thai-binh&by=native&cell=thai-binh/IV&lang=en",
            ViewAddress.Of("categories", new CubeSlice { Provinces = ["thai-binh"] }, "en", [new("by", "native"), new("measure", null), new("cell", "thai-binh/IV")]));
    }

    [Fact]
    public void ReadsBackTheSliceItWrote()
    {
        var address = ViewAddress.Of("trends", Example, "vi", [new("chart", "columns")]);
        var query = AddressQuery.Parse(address);
        Assert.True(SliceQueryString.TryParse(k => query.GetValueOrDefault(k), out var slice, out _));
        Assert.Equal(Example.Provinces, slice.Provinces);
        Assert.Equal((2021, 2023), (slice.FromYear, slice.ToYear));
        Assert.Equal(Example.Sources, slice.Sources);
        Assert.Equal(Example.Categories, slice.Categories);
        Assert.Equal("columns", query["chart"]);
    }

    [Fact]
    public void NavigationKeepsTheFiltersAndTheLanguageButNotThePagesOwnKeys()
    {
        Assert.Equal("trends?provinces=can-tho&lang=en", AddressQuery.PageWithFilters("http://h/categories?provinces=can-tho&cell=can-tho/policy&lang=en", "trends"));
        Assert.Equal("./", AddressQuery.PageWithFilters("http://h/quality?provinces=NOT%20A%20CODE", ""));
    }

    [Fact]
    public void TheLanguageSwitchKeepsEverythingElse()
    {
        Assert.Equal("explorer?rows=province&lang=en", AddressQuery.WithLanguage("http://h/explorer?rows=province", "http://h/", "en"));
        Assert.Equal("explorer?rows=province", AddressQuery.WithLanguage("http://h/explorer?lang=en&rows=province", "http://h/", "vi"));
        Assert.Equal("./?lang=en", AddressQuery.WithLanguage("http://h/", "http://h/", "en"));
    }
}
