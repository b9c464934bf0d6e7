using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.State;
using EcomCompare.Views.Slices;

namespace EcomCompare.Dashboard.Tests;

/// <summary>The addresses the dashboard writes for its own views (the export addresses: ExportAddressTests in the Views tests).</summary>
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
    public void AViewAddressIsTheSliceThenThePageKeysThenTheLanguage()
    {
        Assert.Equal("./", ViewAddress.Of(string.Empty, CubeSlice.All, Language.Vi));
        Assert.Equal("./?lang=en", ViewAddress.Of(string.Empty, CubeSlice.All, Language.En));
        Assert.Equal(
            "categories?provinces=thai-binh&by=native&cell=thai-binh/IV&lang=en",
            ViewAddress.Of(
                "categories", new CubeSlice { Provinces = ["thai-binh"] }, Language.En, [
                    new("by", "native"), new("measure", null), new("cell", "thai-binh/IV")]));
    }

    [Fact]
    public void ReadsBackTheSliceItWrote()
    {
        var address = ViewAddress.Of("trends", Example, Language.Vi, [new("chart", "columns")]);
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
        Assert.Equal(
            "trends?provinces=can-tho&lang=en", AddressQuery.PageWithFilters(
                "http://h/categories?provinces=can-tho&cell=can-tho/policy&lang=en", "trends"));
        Assert.Equal("./", AddressQuery.PageWithFilters("http://h/quality?provinces=NOT%20A%20CODE", ""));
    }

    [Fact]
    public void TheLanguageSwitchKeepsEverythingElse()
    {
        Assert.Equal("explorer?rows=province&lang=en", AddressQuery.WithLanguage("http://h/explorer?rows=province", "http://h/", Language.En));
        Assert.Equal("explorer?rows=province", AddressQuery.WithLanguage("http://h/explorer?lang=en&rows=province", "http://h/", Language.Vi));
        Assert.Equal("./?lang=en", AddressQuery.WithLanguage("http://h/", "http://h/", Language.En));
    }
}
