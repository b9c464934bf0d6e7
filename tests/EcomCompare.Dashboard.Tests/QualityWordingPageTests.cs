using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>
/// The data-quality page for a reader who is no programmer: each case in the UI's language, which figure the cube
/// uses and why, the plan named by its decision, the source excerpt as a table under the document's own headers.
/// </summary>
public class QualityWordingPageTests
{
    [Fact]
    public async Task TheTwelveDeclaredSharesSayInVietnameseWhichAmountTheCubeKeeps()
    {
        await using var page = await PageHarness.OpenAsync<Quality>("/quality?provinces=binh-dinh");
        var shares = page.Document.QuerySelectorAll("[data-kind='declared-share']");
        Assert.Equal(12, shares.Length);
        var item43 = shares.Single(e => e.TextContent.Contains("Mục 4.3 ghi ngân sách địa phương", StringComparison.Ordinal));
        Assert.Equal(
            "Mục 4.3 ghi ngân sách địa phương chiếm 30% — tức 117 trong tổng 390 của mục — nhưng dòng ngân sách địa phương ghi 160 (41,0%).",
            item43.QuerySelector("[data-testid^='explain-']")!.TextContent);
        Assert.StartsWith(
            "Khối dữ liệu dùng số tiền ghi trên dòng nguồn vốn: 160 ngân sách địa phương (41,0% của 390), không dùng 117 suy ra từ 30%.",
            item43.QuerySelector("[data-testid^='kept-']")!.TextContent, StringComparison.Ordinal);

        // The excerpt: the appendix's header row (repeated at line 403) above item 4.3's rows, cells split.
        var table = item43.QuerySelector("[data-testid='excerpt-table']")!;
        var head = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        Assert.Contains("Nguồn kinh phí", head);
        Assert.Contains("Tổng cộng", head);
        Assert.Contains("2021", head);
        var hit = table.QuerySelector("tr.ec-source-hit")!;
        Assert.Equal("411", hit.GetAttribute("data-line"));
        Assert.Equal(
            ["411", "", "Nguồn kinh phí: - Ngân sách địa phương (30%)", "160", "", "100", "20", "20", "20"],
            hit.QuerySelectorAll("td").Select(td => td.TextContent).ToList());
    }

    [Fact]
    public async Task ThaiBinhsUnitemizedMoneyAndDecisionNumberAreToldInVietnamese()
    {
        await using var page = await PageHarness.OpenAsync<Quality>("/quality?provinces=thai-binh");
        var text = page.Find("quality-thai-binh").TextContent;
        Assert.DoesNotContain("kept as unitemized fact", text, StringComparison.Ordinal);
        Assert.DoesNotContain("thai-binh.txt", text, StringComparison.Ordinal);
        Assert.Contains(
            "Dòng nhóm IV ghi 165 ngân sách trung ương năm 2021, nhưng các mục của nhóm chỉ có 40: 125 không thuộc mục nào.", text,
            StringComparison.Ordinal);
        Assert.Contains("Khối dữ liệu dùng con số 165 của dòng nhóm: 40 của các mục cộng 125 ghi thành mục riêng IV.*", text,
            StringComparison.Ordinal);
        Assert.Contains("Dòng 3 in số quyết định là 319/QĐ-UBND", text, StringComparison.Ordinal);
        Assert.Equal(
            "Văn bản: Kế hoạch phát triển thương mại điện tử Thái Bình giai đoạn 2021–2025 — Quyết định 3192/QĐ-UBND ngày 18/11/2020",
            page.Text("document-thai-binh"));

        // Group IV's header stands 93 lines above its rows: the excerpt still carries the table's column headers.
        var unitemized = page.Document.QuerySelectorAll("[data-kind='unitemized']").First();
        Assert.Contains("TW", unitemized.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        // The decision number's line is prose: shown as text, not a table.
        Assert.NotNull(page.Document.QuerySelector("[data-kind='decision-number'] [data-testid='excerpt-text']"));
    }

    [Fact]
    public async Task InEnglishTheSameCasesAreToldInEnglish()
    {
        await using var page = await PageHarness.OpenAsync<Quality>("/quality?provinces=can-tho&lang=en");
        var text = page.Find("quality-can-tho").TextContent;
        Assert.Contains(
            "Line 2 of breakdown 7 (‘Xây dựng phần mềm phân tích dữ liệu’) states 2,000, but 20 × 10 = 200 (difference +1,800).", text,
            StringComparison.Ordinal);
        Assert.Contains("this error changes no figure in the cube", text, StringComparison.Ordinal);
        Assert.Equal("Document: Cần Thơ e-commerce development plan 2021–2025 — Decision 1279/QĐ-UBND of 15/06/2021", page.Text("document-can-tho"));
    }
}
