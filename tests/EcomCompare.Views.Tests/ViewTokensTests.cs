using EcomCompare.Cube.Query;
using EcomCompare.Views.Tokens;

namespace EcomCompare.Views.Tests;

/// <summary>Each switch has one token table: every value has one token, read back to itself, and nothing else reads.</summary>
public sealed class ViewTokensTests
{
    [Fact]
    public void EveryValueOfEverySwitchHasOneTokenThatReadsBackToIt()
    {
        AssertRoundTrip(ViewTokens.Languages);
        AssertRoundTrip(ViewTokens.Measures);
        AssertRoundTrip(ViewTokens.Layouts);
        AssertRoundTrip(ViewTokens.Groupings);
        AssertRoundTrip(ViewTokens.Dimensions);
    }

    [Theory]
    [InlineData(null, Language.Vi)]
    [InlineData("en", Language.En)]
    [InlineData("EN", Language.En)]
    [InlineData("fr", Language.Vi)]
    public void TheDashboardReadsAnyOtherLanguageAsVietnamese(string? token, Language expected) =>
        Assert.Equal(expected, ViewTokens.LanguageOf(token));

    [Fact]
    public void TheTokensAreTheAddressesOwn()
    {
        Assert.Equal(("lang", "en"), (ViewTokens.Languages.Key, Language.En.Token()));
        Assert.Equal(("measure", "row"), (ViewTokens.Measures.Key, Measure.ShareOfRow.Token()));
        Assert.Equal(("layout", "multiples"), (ViewTokens.Layouts.Key, ViewLayout.Multiples.Token()));
        Assert.Equal(("by", "native"), (ViewTokens.Groupings.Key, Grouping.Native.Token()));
        Assert.Equal(("rows", "group"), (ViewTokens.Dimensions.Key, CubeDimension.NativeGroup.Token()));
        Assert.Null(ViewTokens.Measures.Parse("Share"));
    }

    private static void AssertRoundTrip<T>(TokenTable<T> table) where T : struct, Enum
    {
        var tokens = table.Values.Select(table.Token).ToList();
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(table.Values, v => Assert.Equal(v, table.Parse(table.Token(v))));
        Assert.Null(table.Parse("no-such-token"));
    }
}
