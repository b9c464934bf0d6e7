using EcomCompare.Charts.Rendering;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Palette;
using EcomCompare.Views.Words;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>The small parts the renderer is made of.</summary>
public sealed class RenderingPartsTests
{
    [Fact]
    public void TextWidthAddsTheNotoSansAdvanceWidths()
    {
        // Noto Sans Regular, 1/1000 em: B 650, ì 258, n 618, h 618 (NotoSans-Regular.ttf hmtx), unhinted.
        Assert.Equal((650 + 258 + 618 + 618) * 12 / 1000.0, TextMeasure.Width("Bình", 12), 2);
        // A decomposed "ệ" (e + circumflex + dot below) measures as the precomposed letter.
        Assert.Equal(TextMeasure.Width("\u1EC7", 12), TextMeasure.Width("e\u0323\u0302", 12), 2);
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

    [Fact]
    public void NumbersAreDisplayedPerLanguage()
    {
        Assert.Equal("5.241,5", NumberDisplay.For(Language.Vi).Amount(5241.5));
        Assert.Equal("5,241.5", NumberDisplay.For(Language.En).Amount(5241.5));
        Assert.Equal("43,5%", NumberDisplay.For(Language.Vi).Percent(2125.0 / 4890));
        Assert.Equal("43.5%", NumberDisplay.For(Language.En).Percent(2125.0 / 4890));
        Assert.Equal("1,17", NumberDisplay.For(Language.Vi).Ratio(2495.0 / 2125));
    }

    [Fact]
    public void ClipIdsAreNumberedPerDocumentNotPerProcess()
    {
        // The counter is process-wide (and hex): the same picture drawn later has higher numbers.
        const string First = "<clipPath id=\"cl_9\"/><g clip-path=\"url(#cl_9)\"/><clipPath id=\"cl_a\"/><g clip-path=\"url(#cl_a)\"/>";
        const string Later = "<clipPath id=\"cl_4f\"/><g clip-path=\"url(#cl_4f)\"/><clipPath id=\"cl_50\"/><g clip-path=\"url(#cl_50)\"/>";
        var expected = "<clipPath id=\"cl_1\"/><g clip-path=\"url(#cl_1)\"/><clipPath id=\"cl_2\"/><g clip-path=\"url(#cl_2)\"/>";
        Assert.Equal(expected, ChartImage.StableIds(First));
        Assert.Equal(expected, ChartImage.StableIds(Later));
    }

    [Fact]
    public void TextOnAColourIsWhiteOnDarkAndInkOnLight()
    {
        Assert.Equal("#FFFFFF", Contrast.TextOn(ChartPalette.Central));
        Assert.Equal(ChartPalette.Ink, Contrast.TextOn(ChartPalette.Local));
    }

    [Fact]
    public void TheHeatRampIsTheDashboardsPurplesWithDarkTextOnTheLightHalf()
    {
        Assert.Equal(ChartPalette.HeatLow, ChartPalette.Heat(0));
        Assert.Equal(ChartPalette.HeatHigh, ChartPalette.Heat(1));
        Assert.Equal(ChartPalette.HeatHigh, ChartPalette.Heat(7));
        Assert.Equal(ChartPalette.Ink, ChartPalette.HeatText(0.2));
        Assert.Equal("#FFFFFF", ChartPalette.HeatText(0.9));
        Assert.Equal("#FFFFFF", Contrast.TextOn(ChartPalette.Heat(0.9)));
        Assert.Equal(ChartPalette.Ink, Contrast.TextOn(ChartPalette.Heat(0.2)));
    }

    [Fact]
    public void TextOnEveryHeatCellReadsAtFourAndAHalfToOne()
    {
        // The ramp's middle purples give white and ink both about 4:1 (white on #9572B7 was 3.9:1): black there.
        Assert.Equal("#000000", ChartPalette.TextOn("#9572B7"));
        for (var step = 0; step <= 100; step++)
        {
            var fill = ChartPalette.Heat(step / 100.0);
            var ratio = Contrast.Ratio(ChartPalette.HeatText(step / 100.0), fill);
            Assert.True(ratio >= 4.5, $"text on {fill}: {ratio:0.00}:1");
        }
    }

    [Fact]
    public void ProvinceColoursStayWithTheProvincesPositionInTheCube()
    {
        Assert.Equal(ChartPalette.Provinces[2], ChartPalette.ForProvince(2));
        Assert.Equal(ChartPalette.Provinces[0], ChartPalette.ForProvince(ChartPalette.Provinces.Count));
        Assert.DoesNotContain(ChartPalette.Central, ChartPalette.Provinces.Take(3));
    }
}
