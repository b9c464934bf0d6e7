using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// The worst error the product can make is a unit misread, a factor of 1,000 loaded in silence. Every table's unit is
/// read; a total 10³ or 10⁶ off the text's, a table that states no unit and holds amounts no plan has, and a table
/// with two units each fail naming the table, the unit read and the fix. (The generator proves it in every layout
/// and format; these name the cases on the made-up Sông Xanh and Đồi Chè plans.)
/// </summary>
public class UnitTests
{
    [Theory]
    [InlineData("Đơn vị tính: triệu đồng", 1)]
    [InlineData("ĐVT: 1.000 đồng", 0.001)]
    [InlineData("(Đơn vị: nghìn đồng)", 0.001)]
    [InlineData("Đơn vị tính: ngàn đồng", 0.001)]
    [InlineData("*Đơn vị tính: Đồng*", 0.000001)]
    [InlineData("ĐVT: VNĐ", 0.000001)]
    [InlineData("ĐVT: tỷ đồng", 1000)]
    [InlineData("Kinh phí (triệu đồng)", 1)]
    [InlineData("Thành tiền (đồng)", 0.000001)]
    [InlineData("ĐVT: tr.đ", 1)]
    public void EveryWayAUnitIsStatedIsRead(string text, double millions)
    {
        var unit = Assert.Single(MoneyUnit.Stated(text, out _));
        Assert.Equal((decimal)millions, unit.Millions);
    }

    [Theory]
    [InlineData("Đơn vị chủ trì")]
    [InlineData("Tổng kinh phí: 6.100 triệu đồng (Sáu tỷ một trăm triệu đồng)")]
    [InlineData("Kinh phí thực hiện")]
    public void WordsThatStateNoUnitAreNotReadAsOne(string text) => Assert.Empty(MoneyUnit.Stated(text, out _));

    [Fact]
    public void ATableInThousandsLabelledMillionsFailsNamingTheTableTheUnitAndTheFix()
    {
        // Đồi Chè's table is in 1.000 đồng: labelled triệu đồng, it reads 1,000 × its real amounts; the text's 2,4 tỷ catches it.
        var error = Assert.Throws<IngestionException>(() => MadeUpPlansTests.Ingest("doi-che.txt",
            t => t.Replace("Đơn vị tính: 1.000 đồng", "Đơn vị tính: triệu đồng", StringComparison.Ordinal)));
        Assert.StartsWith("doi-che.txt:21: a unit is wrong: the budget table (lines 21–29), read in triệu đồng, as line 19 says", error.Message, StringComparison.Ordinal);
        Assert.Contains("adds up to 2.400.000 triệu đồng, 1,000× the total the text states on line 9 (2.400 triệu đồng)", error.Message, StringComparison.Ordinal);
        Assert.Contains("if the table is in nghìn đồng, say so above it ('Đơn vị tính: nghìn đồng')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATableWithNoUnitWhoseAmountsAreĐồngFailsEvenWithNoTotalToCompare()
    {
        // Sông Xanh in đồng, its unit line and its text total taken out: nothing to compare with, and 6,1 billion "million" is no plan.
        var error = Assert.Throws<IngestionException>(() => MadeUpPlansTests.Ingest("song-xanh.txt", t => InDong(t)
            .Replace("*Đơn vị tính: triệu đồng*", string.Empty, StringComparison.Ordinal)
            .Replace("Tổng kinh phí dự kiến: 6.100 triệu đồng (Sáu tỷ một trăm triệu đồng), trong đó:", "Kinh phí theo Phụ lục I.", StringComparison.Ordinal)));
        Assert.Contains("states no unit, and read in triệu đồng its amounts add up to 6.100.000.000 triệu đồng", error.Message, StringComparison.Ordinal);
        Assert.Contains("the amounts look like đồng. State the unit above the table ('Đơn vị tính: đồng')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATableWithTwoUnitsIsRefusedNamingBoth()
    {
        var error = Assert.Throws<IngestionException>(() => MadeUpPlansTests.Ingest("song-xanh.txt",
            t => t.Replace("TT\tNội dung\tNăm 2021", "TT\tNội dung (ĐVT: 1.000 đồng)\tNăm 2021", StringComparison.Ordinal)));
        Assert.StartsWith("song-xanh.txt:21: the table at lines 21–28 states two units: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("nghìn đồng (line 21: 'Nội dung (ĐVT: 1.000 đồng)')", error.Message, StringComparison.Ordinal);
        Assert.Contains("triệu đồng (line 19: '*Đơn vị tính: triệu đồng*')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameTableInĐồngIsReadInMillionsExactly()
    {
        var plan = MadeUpPlansTests.Ingest("song-xanh.txt", t => InDong(t).Replace("*Đơn vị tính: triệu đồng*", "*Đơn vị tính: đồng*", StringComparison.Ordinal));
        Assert.Equal(6100m, plan.Facts.Sum(f => f.Amount));
        Assert.Equal("đồng", plan.Table!.Unit);
        Assert.Empty(plan.Discrepancies);
    }

    [Fact]
    public void AnAmountInWordsThatCannotBeReadIsAWarningNotAFailedBuild()
    {
        var plan = MadeUpPlansTests.Ingest("song-xanh.txt", t => t.Replace("(Sáu tỷ một trăm triệu đồng)", "(Sáu tỷ một trăm triệu đồng chẵn, tức là sáu nghìn một trăm triệu)", StringComparison.Ordinal));
        Assert.Equal(6100m, plan.StatedTotal);
        var warning = Assert.Single(plan.Warnings, w => w.Kind == IngestionWarning.UnreadableWords);
        Assert.Contains("could not be read", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tổng kinh phí dự kiến khoảng 6,1 tỷ đồng.")]
    [InlineData("Tổng kinh phí thực hiện Kế hoạch giai đoạn 2021 - 2025 ước khoảng 6.100 triệu đồng.")]
    [InlineData("Tổng kinh phí tối thiểu là 6.100.000 nghìn đồng.")]
    [InlineData("Tổng kinh phí thực hiện là 6.100.000.000 đồng (Bằng chữ: Sáu tỷ, một trăm triệu đồng).")]
    [InlineData("Tổng kinh phí thực hiện là 6.100.000.000 đồng.\nBằng chữ: Sáu tỷ, một trăm triệu đồng.")]
    [InlineData("Tổng nguồn vốn dự kiến: khoảng 6,1 tỷ đồng")]
    public void ATextTotalIsReadInEveryUnitAndHedge(string sentence)
    {
        var plan = MadeUpPlansTests.Ingest("song-xanh.txt", t => t.Replace("Tổng kinh phí dự kiến: 6.100 triệu đồng (Sáu tỷ một trăm triệu đồng), trong đó:", sentence, StringComparison.Ordinal));
        Assert.Equal(6100m, plan.StatedTotal);
        Assert.All(plan.Statements.Where(s => s.Kind == StatementKind.TextTotalInWords), s => Assert.Equal(6100m, s.Value));
        Assert.Empty(plan.Discrepancies);
    }

    [Fact]
    public void OneYearsMoneyIsNotTakenForThePlansTotal()
    {
        var plan = MadeUpPlansTests.Ingest("song-xanh.txt",
            t => t.Replace("Tổng kinh phí dự kiến: 6.100 triệu đồng (Sáu tỷ một trăm triệu đồng), trong đó:", "Tổng kinh phí năm 2021 khoảng 3.000 triệu đồng.", StringComparison.Ordinal));
        Assert.Null(plan.StatedTotal);
    }

    // The Sông Xanh table's amounts × 1.000.000: the same money written in đồng.
    private static string InDong(string text) => System.Text.RegularExpressions.Regex.Replace(
        text, @"(?<=\t(?:<b>)?)(\d{1,3}(?:\.\d{3})*)(?=(?:</b>)?(?:\t|\n|$))", m => m.Value + ".000.000");
}
