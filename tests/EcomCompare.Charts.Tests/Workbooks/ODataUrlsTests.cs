using EcomCompare.Cube.Query;
using EcomCompare.Workbooks;

namespace EcomCompare.Charts.Tests.Workbooks;

/// <summary>The slice → OData URL builder, on the contract the OData service serves.</summary>
public sealed class ODataUrlsTests
{
    private static readonly CubeSlice Sliced = new()
    {
        Provinces = ["binh-dinh", "can-tho"],
        FromYear = 2021,
        ToYear = 2023,
        Sources = ["central", "local"],
        Categories = ["awareness"],
    };

    [Fact]
    public void TheFilterNamesEveryPartOfTheSlice()
    {
        Assert.Equal(
            "ProvinceCode in ('binh-dinh','can-tho') and Year ge 2021 and Year le 2023 and SourceCode in ('central','local') and CategoryCode in ('awareness')",
            ODataUrls.Filter(Sliced));
        Assert.Equal("Year ge 2024 and Year le 2024", ODataUrls.Filter(new CubeSlice { FromYear = 2024, ToYear = 2024 }));
        Assert.Null(ODataUrls.Filter(CubeSlice.All));
    }

    [Fact]
    public void TheGroupedUrlFiltersThenGroupsAndSumsTheAmount()
    {
        Assert.Equal(
            "http://127.0.0.1:5080/odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20ge%202021%20and%20Year%20le%202023%20and%20SourceCode%20in%20('central','local')%20and%20CategoryCode%20in%20('awareness'))/groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))",
            ODataUrls.BudgetLines("http://127.0.0.1:5080/", Sliced, "ProvinceCode", "SourceCode"));
    }

    [Fact]
    public void AnUnslicedUrlOnlyGroups()
    {
        Assert.Equal(
            "http://h/odata/BudgetLines?$apply=groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))",
            ODataUrls.BudgetLines("http://h", CubeSlice.All, "ProvinceCode", "SourceCode"));
        Assert.Equal("http://h/odata/BudgetLines", ODataUrls.BudgetLineRows("http://h", CubeSlice.All));
        Assert.Equal("http://h/odata/FundingSplits", ODataUrls.FundingSplits("http://h"));
        Assert.Equal("http://h/odata/FundingSplitsByYear", ODataUrls.FundingSplitsByYear("http://h/"));
    }

    [Fact]
    public void TheUrlsAreValidAbsoluteUris()
    {
        Assert.True(Uri.TryCreate(ODataUrls.BudgetLines("http://h", Sliced, "CategoryCode", "ProvinceCode"), UriKind.Absolute, out var uri));
        Assert.Contains("groupby((CategoryCode,ProvinceCode)", Uri.UnescapeDataString(uri!.Query), StringComparison.Ordinal);
        Assert.Equal("?$filter=ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20ge%202021%20and%20Year%20le%202023%20and%20SourceCode%20in%20('central','local')%20and%20CategoryCode%20in%20('awareness')",
            new Uri(ODataUrls.BudgetLineRows("http://h", Sliced)).Query);
    }
}
