using EcomCompare.Dashboard.Charts.Geometry;
using EcomCompare.Dashboard.Text;
using EcomCompare.Dashboard.Theme;

namespace EcomCompare.Dashboard.Tests;

/// <summary>Numbers, colours and axes as the reader sees them.</summary>
public class PresentationTests
{
    [Fact]
    public void VietnameseNumbersGroupWithDotsAndUseACommaForDecimals()
    {
        Assert.Equal("5.241,5", DisplayFormat.Vi.Amount(5241.5m));
        Assert.Equal("16.991,5", DisplayFormat.Vi.Amount(16991.500m));
        Assert.Equal("43,5%", DisplayFormat.Vi.Share(2125.0 / 4890));
        Assert.Equal("6,51", DisplayFormat.Vi.Ratio(664.3 / 102));
        Assert.Equal("–", DisplayFormat.Vi.Amount((decimal?)null));
    }

    [Fact]
    public void EnglishNumbersGroupWithCommas()
    {
        Assert.Equal("5,241.5", DisplayFormat.En.Amount(5241.5m));
        Assert.Equal("43.5%", DisplayFormat.En.Share(2125.0 / 4890));
    }

    [Fact]
    public void TheLanguageComesFromTheAddressAndDefaultsToVietnamese()
    {
        Assert.Same(UiText.Vi, UiText.For(null));
        Assert.Same(UiText.Vi, UiText.For("fr"));
        Assert.Same(UiText.En, UiText.For("en"));
        Assert.Equal("triệu đồng", UiText.Vi.Unit);
        Assert.Equal("million VND", UiText.En.Unit);
    }

    [Fact]
    public void EachSourceKeepsItsOkabeItoColour()
    {
        Assert.Equal("#0072B2", Palette.Source("central"));
        Assert.Equal("#E69F00", Palette.Source("local"));
        Assert.Equal("#009E73", Palette.Source("enterprise"));
        Assert.Contains("--ec-central:#0072B2", Palette.CssVariables, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#0072B2", "#FFFFFF")]
    [InlineData("#E69F00", "#222222")]
    [InlineData("#009E73", "#222222")]
    public void LabelsOnABarPickTheTextColourThatContrastsMost(string fill, string text) => Assert.Equal(text, Palette.TextOn(fill));

    [Fact]
    public void TheHeatScaleRunsFromNearWhiteToDarkPurple()
    {
        Assert.Equal("#F7F4F9", Palette.Heat(0));
        Assert.Equal("#3F007D", Palette.Heat(1));
        Assert.Equal("#3F007D", Palette.Heat(7));
    }

    [Theory]
    [InlineData(6860, new double[] { 0, 2000, 4000, 6000, 8000 })]
    [InlineData(977, new double[] { 0, 250, 500, 750, 1000 })]
    [InlineData(6.51, new double[] { 0, 2, 4, 6, 8 })]
    public void AxesTickAtRoundNumbers(double max, double[] ticks) => Assert.Equal(ticks, NiceTicks.For(max, 4));

    [Fact]
    public void ScalesMapTheDomainOntoPixels()
    {
        var scale = new LinearScale(0, 8000, 100, 500);
        Assert.Equal(100, scale.Map(0));
        Assert.Equal(400, scale.Map(6000));
        Assert.Equal(300, scale.Length(6000));
    }
}
