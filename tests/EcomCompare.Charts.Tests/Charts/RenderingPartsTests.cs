using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Svg;
using EcomCompare.Charts.Text;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>The small parts the renderer is made of.</summary>
public sealed class RenderingPartsTests
{
    [Fact]
    public void TextWidthAddsTheNotoSansAdvanceWidths()
    {
        // Noto Sans Regular, 1/1000 em: B 650, ì 258, n 618, h 618 (NotoSans-Regular.ttf hmtx).
        Assert.Equal((650 + 258 + 618 + 618) * 12 / 1000.0, TextMeasure.Width("Bình", 12), 6);
        // A decomposed "ệ" (e + circumflex + dot below) measures as the precomposed letter.
        Assert.Equal(TextMeasure.Width("\u1EC7", 12), TextMeasure.Width("e\u0323\u0302", 12), 6);
        Assert.True(TextMeasure.Width("Bình", 12, bold: true) > TextMeasure.Width("Bình", 12));
    }

    [Fact]
    public void WrappingBreaksAtSpacesAndShortensTheLastLine()
    {
        var lines = TextMeasure.Wrap("Năng lực quản lý nhà nước, thực thi và thống kê", 12, false, 110, 2);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.True(TextMeasure.Width(l, 12) <= 110));
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.Equal(["Bình Định"], TextMeasure.Wrap("Bình Định", 12, false, 500, 2));
    }

    [Fact]
    public void EllipsizingKeepsWhatFits()
    {
        Assert.Equal("Cần Thơ", TextMeasure.Ellipsize("Cần Thơ", 12, false, 100));
        var shortened = TextMeasure.Ellipsize("Hỗ trợ doanh nghiệp, ngành hàng", 12, false, 80);
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
        Assert.True(TextMeasure.Width(shortened, 12) <= 80);
        Assert.Equal(string.Empty, TextMeasure.Ellipsize("Cần Thơ", 12, false, 3));
    }

    [Theory]
    [InlineData(0, 6860, 6, new double[] { 0, 2000, 4000, 6000, 8000 })]
    [InlineData(0, 1, 5, new double[] { 0, 0.2, 0.4, 0.6, 0.8, 1 })]
    [InlineData(0, 6.51, 4, new double[] { 0, 2, 4, 6, 8 })]
    [InlineData(0, 977, 6, new double[] { 0, 200, 400, 600, 800, 1000 })]
    public void TicksAreRoundNumbersCoveringTheRange(double min, double max, int target, double[] expected)
    {
        Assert.Equal(expected, NiceTicks.For(min, max, target));
    }

    [Fact]
    public void NumbersAreDisplayedPerLanguage()
    {
        Assert.Equal("5.241,5", NumberDisplay.For(ChartLanguage.Vi).Amount(5241.5));
        Assert.Equal("5,241.5", NumberDisplay.For(ChartLanguage.En).Amount(5241.5));
        Assert.Equal("43,5%", NumberDisplay.For(ChartLanguage.Vi).Percent(2125.0 / 4890));
        Assert.Equal("43.5%", NumberDisplay.For(ChartLanguage.En).Percent(2125.0 / 4890));
        Assert.Equal("1,17", NumberDisplay.For(ChartLanguage.Vi).Ratio(2495.0 / 2125));
    }

    [Fact]
    public void MarkupNumbersAreInvariantAndTextIsEscaped()
    {
        Assert.Equal("12.35", SvgBuilder.N(12.345));
        Assert.Equal("0", SvgBuilder.N(-0.001));
        Assert.Equal("&lt;b&gt; &amp; &quot;Cần Thơ&quot; &apos;x&apos;", SvgBuilder.Escape("<b> & \"Cần Thơ\" 'x'"));
        Assert.Equal("ab", SvgBuilder.Escape("a\u0001b"));
    }

    [Fact]
    public void TextOnAColourIsWhiteOnDarkAndInkOnLight()
    {
        Assert.Equal("#FFFFFF", Contrast.TextOn(ChartPalette.Central));
        Assert.Equal(ChartPalette.Ink, Contrast.TextOn(ChartPalette.Local));
        Assert.Equal("#FFFFCC", Contrast.Along(ChartPalette.Sequential, 0));
        Assert.Equal("#0C2C84", Contrast.Along(ChartPalette.Sequential, 1));
    }

    [Fact]
    public void ProvinceColoursStayWithTheProvincesPositionInTheCube()
    {
        Assert.Equal(ChartPalette.Provinces[2], ChartPalette.ForProvince(2));
        Assert.Equal(ChartPalette.Provinces[0], ChartPalette.ForProvince(ChartPalette.Provinces.Count));
        Assert.DoesNotContain(ChartPalette.Central, ChartPalette.Provinces.Take(3));
    }

    [Fact]
    public void ChartUrlsAreWrittenInTheFormatTheEndpointReads()
    {
        var url = ChartUrls.For("funding-split", "png", new Cube.Query.CubeSlice { Provinces = ["can-tho"], FromYear = 2021, ToYear = 2023 }, width: 1200, scale: 2, title: "Cần Thơ & co");
        Assert.Equal("/charts/funding-split.png?provinces=can-tho&years=2021-2023&width=1200&scale=2&title=C%E1%BA%A7n%20Th%C6%A1%20%26%20co", url);
        Assert.Equal(["funding-split", "funding-trend", "categories", "co-financing"], ChartUrls.Charts);
    }
}
