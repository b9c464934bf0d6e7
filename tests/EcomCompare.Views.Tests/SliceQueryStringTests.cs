using EcomCompare.Cube.Query;
using EcomCompare.Views.Slices;

namespace EcomCompare.Views.Tests;

public class SliceQueryStringTests
{
    private static (bool Ok, CubeSlice Slice, string? Error) Parse(string query)
    {
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(
            p => p[0], p => Uri.UnescapeDataString(p[1]));
        var ok = SliceQueryString.TryParse(k => values.GetValueOrDefault(k), out var slice, out var error);
        return (ok, slice, error);
    }

    [Fact]
    public void ParsesEveryPart()
    {
        var (ok, slice, _) = Parse("provinces=binh-dinh,can-tho&years=2021-2023&sources=central&categories=awareness,management");
        Assert.True(ok);
        Assert.Equal(["binh-dinh", "can-tho"], slice.Provinces);
        Assert.Equal((2021, 2023), (slice.FromYear, slice.ToYear));
        Assert.Equal(["central"], slice.Sources);
        Assert.Equal(["awareness", "management"], slice.Categories);
    }

    [Fact]
    public void RoundTripsThroughFormat()
    {
        var slice = new CubeSlice { Provinces = ["thai-binh"], FromYear = 2022, ToYear = 2022, Sources = ["local", "enterprise"] };
        Assert.Equal("provinces=thai-binh&years=2022&sources=local,enterprise", SliceQueryString.Format(slice));
        var (ok, parsed, _) = Parse(SliceQueryString.Format(slice));
        Assert.True(ok);
        Assert.Equal(slice.Provinces, parsed.Provinces);
        Assert.Equal((2022, 2022), (parsed.FromYear, parsed.ToYear));
    }

    [Theory]
    [InlineData("provinces=binh-dinh,,can-tho", "'provinces' has an empty item")]
    [InlineData("provinces=Bình Định", "not a code")]
    [InlineData("sources='; DROP TABLE x", "not a code")]
    [InlineData("years=2025-2021", "runs backwards")]
    [InlineData("years=20x1", "write one year")]
    [InlineData("years=99999", "write one year")]
    public void RejectsMalformedValuesWithAPlainMessage(string query, string expected)
    {
        var (ok, _, error) = Parse(query);
        Assert.False(ok);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyQueryKeepsEverything() => Assert.True(Parse(string.Empty).Ok);
}
