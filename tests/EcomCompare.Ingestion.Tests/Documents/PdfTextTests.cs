using System.Text;
using EcomCompare.Ingestion.Documents;
using PdfSharp.Drawing;

namespace EcomCompare.Ingestion.Tests.Documents;

/// <summary>
/// PDFs drawn with PDFsharp as a word processor prints a plan — justified paragraphs, a budget table with grid
/// lines, a two-row header whose year labels are centred over their three source columns, item names that wrap,
/// bold group rows, right-aligned amounts, a page break with the header repeated, page numbers — read back as
/// tab-separated plan lines: every amount in the column of its year and source, and (the grid shows the merged
/// cells) each year label in the first of its columns, as the text form writes a merged cell.
/// </summary>
public class PdfTextTests
{
    private const string Total = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2021 - 2025 dự kiến là 1.234 triệu đồng, gồm ngân sách trung ương hỗ trợ, " +
        "ngân sách địa phương và nguồn xã hội hóa từ các doanh nghiệp tham gia; chi tiết tại Phụ lục kèm theo Kế hoạch này.";

    private const XStringAlignment Centre = XStringAlignment.Center;

    private static readonly string[] Sources = ["NSTW", "NSĐP", "XHH"];

    // Wider than its column: the header cell wraps onto a second line.
    private const string Content = "Nội dung nhiệm vụ, hoạt động chủ yếu của Kế hoạch phát triển thương mại điện tử";

    // Code, name, bold, then NSTW/NSĐP/XHH for 2021, 2022, 2023 ("" = no money).
    private static readonly string[][] Body =
    [
        ["I", "Tuyên truyền, nâng cao nhận thức về thương mại điện tử", "b", "60", "40", "", "60", "40", "", "60", "40", "10"],
        ["1", "Tổ chức hội nghị, hội thảo phổ biến pháp luật về thương mại điện tử cho cán bộ quản lý nhà nước, doanh nghiệp, hợp tác xã và hộ kinh doanh trên địa bàn tỉnh", "", "60", "", "", "60", "", "", "60", "", ""],
        ["2", "Xây dựng chuyên mục thương mại điện tử trên báo, đài phát thanh và truyền hình tỉnh", "", "", "40", "", "", "40", "", "", "40", "10"],
        ["II", "Đào tạo, phát triển nguồn nhân lực thương mại điện tử", "b", "100", "1.250", "25", "100", "50", "25", "", "50", "25"],
        ["1", "Đào tạo kỹ năng bán hàng trên sàn thương mại điện tử cho doanh nghiệp nhỏ và vừa, hợp tác xã, hộ sản xuất nông sản đặc sản của tỉnh", "", "100", "1.200", "", "100", "", "", "", "", ""],
        ["2", "Tập huấn về thanh toán điện tử, hóa đơn điện tử và bảo vệ quyền lợi người tiêu dùng trong giao dịch trực tuyến", "", "", "50", "25", "", "50", "25", "", "50", "25"],
        ["III", "Hỗ trợ doanh nghiệp ứng dụng thương mại điện tử", "b", "45,5", "30", "20", "45,5", "30", "20", "45,5", "30", "20"],
        ["1", "Hỗ trợ doanh nghiệp xây dựng website thương mại điện tử, tham gia các sàn giao dịch thương mại điện tử uy tín trong nước và quốc tế", "", "45,5", "", "20", "45,5", "", "20", "45,5", "", "20"],
        ["2", "Hỗ trợ truy xuất nguồn gốc sản phẩm nông sản bằng mã QR", "", "", "30", "", "", "30", "", "", "30", ""],
        ["IV", "Nâng cao năng lực quản lý nhà nước về thương mại điện tử", "b", "15", "25", "", "15", "25", "", "15", "25", ""],
        ["1", "Thanh tra, kiểm tra hoạt động thương mại điện tử; xử lý vi phạm về hàng giả, hàng xâm phạm quyền sở hữu trí tuệ trên môi trường trực tuyến", "", "15", "", "", "15", "", "", "15", "", ""],
        ["2", "Thống kê, điều tra, khảo sát tình hình ứng dụng thương mại điện tử của doanh nghiệp và người dân", "", "", "25", "", "", "25", "", "", "25", ""],
        ["", "Tổng cộng", "b", "220,5", "1.345", "45", "220,5", "145", "45", "120,5", "145", "55"],
    ];

    private static readonly Lazy<(byte[] Pdf, PlanText Text)> Plan = new(() =>
    {
        var bytes = Draw();
        return (bytes, PlanText.Parse("hoa-binh.pdf", bytes));
    });

    [Fact]
    public void TheBudgetTableComesBackRowByRowWithEveryAmountUnderItsYearAndSource()
    {
        var rows = Plan.Value.Text.Lines.Where(l => l.Contains('\t', StringComparison.Ordinal)).ToList();
        var header = Header();

        // The header is printed again after the page break; the rest is the table as drawn, row for row.
        Assert.Equal(header, rows.Take(2).ToList());
        Assert.Equal(header, rows.Skip(2).SkipWhile(r => r != header[0]).Take(2).ToList());
        Assert.Equal(Expected(), rows.Where((r, i) => i < 2 || !header.Contains(r)).ToList());
    }

    [Fact]
    public void WrappedHeaderAndItemCellsAreOneCellAndAmountsStayOnTheirRow()
    {
        var lines = Plan.Value.Text.Lines;
        Assert.Contains($"TT\t{Content}\tNăm 2021\t\t\tNăm 2022\t\t\tNăm 2023\t\t", lines);
        var item = lines.Single(l => l.StartsWith("1\tĐào tạo kỹ năng", StringComparison.Ordinal)).Split('\t');
        Assert.Equal(11, item.Length);
        Assert.Equal("Đào tạo kỹ năng bán hàng trên sàn thương mại điện tử cho doanh nghiệp nhỏ và vừa, hợp tác xã, hộ sản xuất nông sản đặc sản của tỉnh", item[1]);
        Assert.Equal(["100", "1.200", "", "100", "", "", "", "", ""], item[2..]);
    }

    [Fact]
    public void GroupAndTotalsRowsAreBoldAndItemsAreNot()
    {
        var lines = Plan.Value.Text.Lines;
        Assert.StartsWith("<b>II</b>\t<b>Đào tạo, phát triển nguồn nhân lực thương mại điện tử</b>\t<b>100</b>", lines.Single(l => l.Contains("Đào tạo, phát triển", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith("\t<b>Tổng cộng</b>\t<b>220,5</b>\t<b>1.345</b>", lines.Single(l => l.Contains("Tổng cộng", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", lines.Single(l => l.StartsWith("2\tHỗ trợ truy xuất", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void AWrappedParagraphIsOneLineAndPageNumbersAreGone()
    {
        var lines = Plan.Value.Text.Lines;
        Assert.Contains(Total, lines);
        Assert.Contains("<b>PHỤ LỤC</b>", lines);
        Assert.Contains("Đơn vị tính: triệu đồng", lines);
        Assert.DoesNotContain(lines, l => l.Trim() is "1" or "2" or "3");
    }

    [Fact]
    public void VietnameseLettersComeBackComposed()
    {
        var text = string.Join('\n', Plan.Value.Text.Lines);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("Hỗ trợ truy xuất nguồn gốc sản phẩm nông sản bằng mã QR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineNamesItsPageAndTableRow()
    {
        var text = Plan.Value.Text;
        int Line(string start) => text.Lines.ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

        Assert.Equal("page 1, line 1", text.Place(Line(Total[..20])));
        Assert.Equal("page 1, row 1", text.Place(Line("TT\t")));
        Assert.Equal("page 1, row 3", text.Place(Line("<b>I</b>\t")));

        // After the page break the header is rows 1 and 2 again and the first row that goes on is row 3.
        var resumed = text.Lines.Select((l, i) => (l, i)).First(x => x.i > Line("TT\t") + 1 && x.l.StartsWith("TT\t", StringComparison.Ordinal)).i + 3;
        Assert.Equal("page 2, row 3", text.Place(resumed));
        Assert.Equal("line 7", PlanText.Parse("plan.txt", Encoding.UTF8.GetBytes("a\nb\nc\nd\ne\nf\ng")).Place(7));
    }

    [Fact]
    public void ARunningHeaderOnEveryPageIsDroppedAndAParagraphRunsOnOverThePageBreak()
    {
        var pdf = new TestPdf(landscape: false, runningHeader: "UBND tỉnh Hòa Bình — Kế hoạch phát triển thương mại điện tử");
        var paragraphs = Enumerable.Range(1, 20).Select(n => $"Đoạn {n}: " + string.Join(' ', Enumerable.Repeat("các sở, ban, ngành phối hợp triển khai thực hiện Kế hoạch;", 6))).ToList();
        paragraphs.ForEach(p => pdf.Paragraph(p, spaceAfter: 12));
        var text = PlanText.Parse("header.pdf", pdf.Save());

        Assert.True(text.Place(text.Lines.Count).StartsWith("page 3,", StringComparison.Ordinal), text.Place(text.Lines.Count));
        Assert.Equal(paragraphs, text.Lines);
    }

    [Fact]
    public void TheDrawnPlanIngestsToItsAmounts()
    {
        var text = Plan.Value.Text;
        var plan = new Model.ProvincePlan(
            "hoa-binh", "Hòa Bình", string.Empty, string.Empty, null, "2021-2023", string.Empty, string.Empty, Model.GroupKind.Tasks, "hoa-binh.pdf");
        var budget = PlanIngestor.Ingest(plan, text, Plans.Labels, null);
        Assert.Equal(["1", "2", "1", "2", "1", "2", "1", "2"], budget.Items.Select(i => i.Code.Split('.')[^1]));
        Assert.Equal(220.5m + 1345 + 45 + 220.5m + 145 + 45 + 120.5m + 145 + 55, budget.Facts.Sum(f => f.Amount));
        var training = budget.Items.Single(i => i.Name.StartsWith("Đào tạo kỹ năng", StringComparison.Ordinal)).Code;
        Assert.Equal(
            [(2021, Model.FundingSource.Central, 100m), (2021, Model.FundingSource.Local, 1200m), (2022, Model.FundingSource.Central, 100m)],
            budget.Facts.Where(f => f.ItemCode == training).Select(f => (f.Year ?? 0, f.Source, f.Amount))
                .OrderBy(f => f.Item1).ThenBy(f => f.Source));
    }

    internal static byte[] Draw()
    {
        double[] widths = [30, 262, .. Enumerable.Repeat(50.0, 9)];
        List<TestCell[]> header =
        [
            [new("TT"), new(Content), .. new[] { "Năm 2021", "Năm 2022", "Năm 2023" }.Select(y => new TestCell(y, 3, false, Centre))],
            [new(string.Empty), new(string.Empty), .. Enumerable.Repeat(Sources, 3).SelectMany(s => s)
                .Select(s => new TestCell(s, 1, false, Centre))],
        ];
        var body = Body.Select(r => new[] { new TestCell(r[0], Bold: r[2] == "b"), new TestCell(r[1], Bold: r[2] == "b") }
            .Concat(r[3..].Select(a => new TestCell(a, Bold: r[2] == "b", Align: XStringAlignment.Far))).ToArray()).ToList();

        return new TestPdf()
            .Paragraph(Total)
            .Paragraph("PHỤ LỤC", bold: true)
            .Paragraph("Đơn vị tính: triệu đồng", size: 11)
            .Table(new TestTable(widths, header, body, FontSize: 10))
            .Paragraph("Nơi nhận: như trên.")
            .Save();
    }

    private static List<string> Header() =>
    [
        $"TT\t{Content}\tNăm 2021\t\t\tNăm 2022\t\t\tNăm 2023\t\t",
        "\t\t" + string.Join('\t', Enumerable.Range(0, 3).SelectMany(_ => Sources)),
    ];

    private static List<string> Expected() =>
    [
        .. Header(),
        .. Body.Select(r => string.Join('\t', new[] { r[0], r[1] }.Concat(r[3..]).Select(c => r[2] == "b" && c.Length > 0 ? $"<b>{c}</b>" : c))),
    ];
}
