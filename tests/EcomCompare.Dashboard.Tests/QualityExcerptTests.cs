using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Pages;

namespace EcomCompare.Dashboard.Tests;

/// <summary>A discrepancy's source lines as a table under the document's own header rows, or as text.</summary>
public class QualityExcerptTests
{
    private static IReadOnlyList<DocumentLine> Lines(int first, params string[] texts) =>
        texts.Select((t, i) => new DocumentLine("d.txt", first + i, t)).ToList();

    [Fact]
    public void TableRowsStandUnderTheNearestHeaderWithItsContinuationRowAndWithoutTags()
    {
        // binh-dinh.txt 403–412, shortened: a repeated two-row header, then item 4.3 and its source rows.
        var lines = Lines(
            403,
            "Stt\tNguồn kinh phí\tTổng cộng\tNăm thực hiện\t\t\t\t",
            "\t\t\t2021\t2022\t2023\t2024\t2025",
            "4\t<b>Tăng cường năng lực</b>\t<b>840</b>\t<b>170</b>\t<b>400</b>\t<b>90</b>\t<b>90</b>\t<b>90</b>",
            "4.3\tXây dựng và duy trì phần mềm Bản đồ\t390\t\t330\t20\t20\t20",
            "\t<i>Nguồn kinh phí: - Ngân sách địa phương (30%)</i>\t160\t\t100\t20\t20\t20",
            "\t<i>- Chương trình phát triển TMDT quốc gia (70%)</i>\t230\t\t230\t\t\t");
        var excerpt = QualityExcerpt.From(lines, 407);
        Assert.True(excerpt.IsTable);
        Assert.Equal(["Stt", "Nguồn kinh phí", "Tổng cộng", "Năm thực hiện", "", "", "", ""], excerpt.Header[0]);
        Assert.Equal("2021", excerpt.Header[1][3]);
        Assert.Equal([405, 406, 407, 408], excerpt.Rows.Select(r => r.Line));
        Assert.Equal(["", "Nguồn kinh phí: - Ngân sách địa phương (30%)", "160", "", "100", "20", "20", "20"], excerpt.Rows[2].Cells);
        Assert.Equal("Tăng cường năng lực", excerpt.Rows[0].Cells[1]);
    }

    [Fact]
    public void ProseAboveTheRowsMeansNoHeader()
    {
        var lines = Lines(10, "Stt\tA\tB", "Một đoạn văn.", "1\tx\t5", "2\ty\t6");
        var excerpt = QualityExcerpt.From(lines, 13);
        Assert.True(excerpt.IsTable);
        Assert.Empty(excerpt.Header);
    }

    [Fact]
    public void ALineOfTextIsShownAsText()
    {
        var lines = Lines(1, "ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH", "Số: 319/QĐ-UBND", "", "QUYẾT ĐỊNH");
        var excerpt = QualityExcerpt.From(lines, 3);
        Assert.False(excerpt.IsTable);
        Assert.Equal([1, 2, 3, 5], excerpt.Rows.Select(r => r.Line));
    }
}
