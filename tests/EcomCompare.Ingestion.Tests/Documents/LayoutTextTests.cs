using System.Text;
using EcomCompare.Ingestion.Documents;

namespace EcomCompare.Ingestion.Tests.Documents;

/// <summary>
/// Text as <c>pdftotext -layout</c> writes it — no tabs, table columns aligned with runs of spaces, paragraphs
/// wrapped, pages ended by form feeds, each page's columns placed a little differently — read as tab-separated
/// rows with the column finder PDFs use; plain tab-separated text read exactly as before.
/// </summary>
public class LayoutTextTests
{
    // Two pages: the header repeated on the second, whose columns pdftotext put two characters further left.
    private static readonly string Layout = string.Join('\n',
        "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2021 - 2022 là 1.455 triệu đồng, gồm ngân sách trung ương",
        "hỗ trợ và ngân sách địa phương.",
        string.Empty,
        "PHỤ LỤC",
        string.Empty,
        "Đơn vị tính: triệu đồng",
        "TT    Nội dung                       Năm 2021              Năm 2022",
        "                                     TW        ĐP          TW        ĐP",
        "I     Tuyên truyền, nâng cao         100        50         100",
        "      nhận thức",
        "1     Hội nghị phổ biến pháp luật    100                   100",
        "      cho doanh nghiệp",
        "2     Chuyên mục trên báo, đài                  50",
        "      phát thanh tỉnh",
        string.Empty,
        "                                          1",
        "\fTT    Nội dung                     Năm 2021            Năm 2022",
        "                                   TW        ĐP        TW        ĐP",
        "II    Đào tạo nguồn nhân lực    1.200        25          80        25",
        "      Tổng cộng                 1.300        75         180        25",
        string.Empty,
        "                                          2",
        string.Empty);

    [Fact]
    public void AlignedColumnsBecomeTabSeparatedCellsAcrossPages()
    {
        var lines = LayoutText.Lines(Layout);
        Assert.Equal(
        [
            "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2021 - 2022 là 1.455 triệu đồng, gồm ngân sách trung ương hỗ trợ và ngân sách địa phương.",
            "PHỤ LỤC",
            "Đơn vị tính: triệu đồng",
            "TT\tNội dung\tNăm 2021\t\tNăm 2022\t",
            "\t\tTW\tĐP\tTW\tĐP",
            "I\tTuyên truyền, nâng cao nhận thức\t100\t50\t100\t",
            "1\tHội nghị phổ biến pháp luật cho doanh nghiệp\t100\t\t100\t",
            "2\tChuyên mục trên báo, đài phát thanh tỉnh\t\t50\t\t",
            "TT\tNội dung\tNăm 2021\t\tNăm 2022\t",
            "\t\tTW\tĐP\tTW\tĐP",
            "II\tĐào tạo nguồn nhân lực\t1.200\t25\t80\t25",
            "\tTổng cộng\t1.300\t75\t180\t25",
        ], lines);
    }

    [Fact]
    public void LayoutTextIsRecognisedAndReadWithItsLinesAsPlaces()
    {
        Assert.True(LayoutText.Recognises(Layout));
        var text = PlanText.Parse("ha-nam.txt", Encoding.UTF8.GetBytes(Layout));
        Assert.Equal(LayoutText.Lines(Layout), text.Lines);
        Assert.Equal("line 1", text.Place(1));
        Assert.Equal("line 7", text.Place(4));
        Assert.Equal("line 11", text.Place(7));
        Assert.Equal("line 17", text.Place(9));
    }

    [Theory]
    [InlineData("binh-dinh.txt")]
    [InlineData("thai-binh.txt")]
    [InlineData("can-tho.txt")]
    public void AShippedTabSeparatedPlanIsReadLineForLineAsWritten(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Sources, file));
        var text = PlanText.Parse(file, bytes);
        Assert.False(LayoutText.Recognises(Encoding.UTF8.GetString(bytes)));
        Assert.Equal(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), text.Lines);
        Assert.Equal("line 268", text.Place(268));
    }

    [Fact]
    public void ProseWithDoubleSpacesOrAnyTabIsNotLayoutText()
    {
        // Two spaces after each full stop, typewriter style, on lines that line up.
        var prose = string.Join('\n', Enumerable.Repeat("Điều 1.  Phê duyệt Kế hoạch phát triển thương mại điện tử.  Giao Sở Công Thương.  Chủ trì thực hiện.", 6));
        Assert.False(LayoutText.Recognises(prose));
        Assert.False(LayoutText.Recognises(Layout.Replace("hỗ trợ và", "hỗ trợ\tvà", StringComparison.Ordinal)));
        Assert.Equal(prose.Split('\n'), PlanText.Parse("prose.txt", Encoding.UTF8.GetBytes(prose)).Lines);
    }

    [OfficeToolsFact]
    public void PdftotextOfADrawnPlanReadsToThePdfsRowsBoldAside()
    {
        // Text has no grid lines to show a merged cell: a year label stays in the column its text lies in, the
        // middle one of its three; every other row is the PDF's.
        var pdf = PdfTextTests.Draw();
        var fromPdf = PdfText.Lines("hoa-binh.pdf", pdf).Where(l => l.Contains('\t', StringComparison.Ordinal))
            .Select(l => l.Replace("<b>", string.Empty, StringComparison.Ordinal).Replace("</b>", string.Empty, StringComparison.Ordinal))
            .ToList();
        var fromLayout = LayoutText.Lines(OfficeTools.ToLayoutText(pdf)).Where(l => l.Contains('\t', StringComparison.Ordinal)).ToList();
        var years = fromLayout.Where(l => l.StartsWith("TT\t", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, years.Count);
        Assert.All(years, y => Assert.EndsWith("\t\tNăm 2021\t\t\tNăm 2022\t\t\tNăm 2023\t", y, StringComparison.Ordinal));
        static bool Years(string row) => row.StartsWith("TT\t", StringComparison.Ordinal);
        Assert.Equal(fromPdf.Where(l => !Years(l)), fromLayout.Where(l => !Years(l)));
    }
}
