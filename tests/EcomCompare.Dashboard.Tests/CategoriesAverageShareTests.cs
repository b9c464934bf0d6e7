using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>
/// The categories page's reference column (issue 14): each category's share of a province's money, averaged over the
/// provinces with each counted once — the same computation as the funding table's average row.
/// </summary>
public class CategoriesAverageShareTests
{
    // management: 815/6.860 = 11,88 %, 745/4.890 = 15,24 %, 1.350/5.241,5 = 25,76 % → 17,6 % (money-weighted: 17,1 %);
    // enterprise support: 48,47 %, 41,41 % and Cần Thơ's 0 % → 30,0 % (money-weighted: 31,5 %);
    // human resources: 5,83 %, 17,38 %, 34,34 % → 19,2 %; market trust: 8,75 %, 0 %, 13,16 % → 7,3 %.
    [Theory]
    [InlineData("management", "17,6%")]
    [InlineData("enterprise-support", "30,0%")]
    [InlineData("human-resources", "19,2%")]
    [InlineData("market-trust", "7,3%")]
    public async Task EachCategoryShowsTheProvincesAverageShareBesideThem(string category, string average)
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories");
        Assert.Empty(page.Errors);
        Assert.Equal(average, page.Text("average-share-" + category));
        Assert.Equal("Tỷ trọng bình quân các tỉnh ↕", page.Text("average-share-head")); // ↕: the sortable header's mark (aria-hidden)
    }

    [Fact]
    public async Task TwoProvincesAverageTheirOwnSharesAndOneHasNoReference()
    {
        await using var two = await PageHarness.OpenAsync<Categories>("/categories?provinces=binh-dinh,thai-binh&lang=en");
        Assert.Equal("44.9%", two.Text("average-share-enterprise-support")); // (48,47 % + 41,41 %) / 2
        Assert.Equal("Provinces' average share ↕", two.Text("average-share-head"));

        await using var one = await PageHarness.OpenAsync<Categories>("/categories?provinces=can-tho");
        Assert.False(one.Has("average-share-head")); // one province is its own average

        await using var native = await PageHarness.OpenAsync<Categories>("/categories?by=native");
        Assert.False(native.Has("average-share-head")); // own groups belong to one province each
    }
}
