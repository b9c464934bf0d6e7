using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Tests;

public class VietnameseNumbersTests
{
    [Theory]
    [InlineData("3.785", "3785")]
    [InlineData("46,3", "46.3")]
    [InlineData("1436,3", "1436.3")]
    [InlineData("5241,5", "5241.5")]
    [InlineData("<b>6.860</b>", "6860")]
    [InlineData("<i>3.075</i>", "3075")]
    [InlineData("1.000", "1000")]
    [InlineData("1000", "1000")]
    [InlineData("60.000.000", "60000000")]
    [InlineData("2000.000.000", "2000000000")]
    [InlineData(" 170 ", "170")]
    public void ReadsAmountsTheVietnameseWay(string cell, string expected)
    {
        Assert.True(VietnameseNumbers.TryParseAmount(cell, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("<b></b>")]
    public void ReadsEmptyAndDashAsNoMoney(string cell)
    {
        Assert.True(VietnameseNumbers.TryParseAmount(cell, out var amount));
        Assert.Null(amount);
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("3.78")]
    [InlineData("1,2,3")]
    [InlineData("năm trăm")]
    public void RejectsTextThatIsNotANumber(string cell) => Assert.False(VietnameseNumbers.TryParseAmount(cell, out _));

    [Fact]
    public void ParseAmountNamesFileLineAndColumnOfABadCell()
    {
        var error = Assert.Throws<IngestionException>(() => VietnameseNumbers.ParseAmount("4O", "x.txt", 17, "2023 local"));
        Assert.Equal("x.txt:17: cannot read '4O' as an amount in column 2023 local", error.Message);
    }

    [Theory]
    [InlineData("6.860.000.000", "6860")]
    [InlineData("5.241.500.000", "5241.5")]
    public void ReadsDongAsMillions(string text, string millions)
    {
        Assert.True(VietnameseNumbers.TryParseDongAsMillions(text, out var value));
        Assert.Equal(decimal.Parse(millions, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void FormatsWithDotGroupsAndCommaDecimals() => Assert.Equal("5.241,5", VietnameseNumbers.Format(5241.5m));

    [Theory]
    [InlineData("Sáu tỷ, tám trăm sáu mươi triệu đồng chẵn", 6_860_000_000)]
    [InlineData("Ba tỷ, bảy trăm tám mươi lăm triệu đồng chẵn", 3_785_000_000)]
    [InlineData("Ba tỷ, không trăm bảy mươi lăm triệu đồng chẵn", 3_075_000_000)]
    [InlineData("Năm tỷ hai trăm bốn mươi một triệu năm trăm nghìn đồng", 5_241_500_000)]
    [InlineData("*Mười lăm triệu đồng*", 15_000_000)]
    [InlineData("một trăm linh năm nghìn", 105_000)]
    [InlineData("hai mươi mốt", 21)]
    [InlineData("ba mươi tư", 34)]
    public void ReadsAmountsWrittenInWords(string words, long expected)
    {
        Assert.True(VietnameseNumberWords.TryParse(words, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void RejectsWordsThatAreNotNumbers() => Assert.False(VietnameseNumberWords.TryParse("sáu tỷ con mèo", out _));
}
