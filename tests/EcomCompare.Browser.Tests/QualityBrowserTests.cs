using EcomCompare.Browser.Tests.Support;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// The data-quality page in a real browser, as a reader who is no programmer sees it (issue 14): Vietnamese words,
/// no raw HTML, excerpts as tables with column headers, plans named by decision rather than by file.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class QualityBrowserTests(DashboardFixture dashboard)
{
    // The phrases the page used to show inside the Vietnamese UI: the build's English sentences.
    private static readonly string[] OldEnglish =
    [
        "kept as unitemized fact", "declares", "but its", "states", "add up to", "so the cube's totals", "the manifest", "Breakdown",
    ];

    [Fact]
    public async Task InVietnameseThePageShowsNoEnglishNoRawHtmlAndNamesDecisionsNotFiles()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/quality");
        await page.ByTestId("quality-count").WaitForAsync();
        var text = await page.Page.Locator("main").InnerTextAsync();

        Assert.All(OldEnglish, phrase => Assert.DoesNotContain(phrase, text, StringComparison.Ordinal));
        Assert.DoesNotContain(".txt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);   // no <b>, <i> left from the documents' layout
        Assert.DoesNotContain("&lt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", text, StringComparison.Ordinal);
        Assert.Contains("Quyết định 4157/QĐ-UBND ngày 07/10/2020", text, StringComparison.Ordinal);
        Assert.Contains("Quyết định 3192/QĐ-UBND ngày 18/11/2020", text, StringComparison.Ordinal);
        Assert.Contains("Khối dữ liệu dùng số tiền ghi trên dòng nguồn vốn: 160 ngân sách địa phương", text, StringComparison.Ordinal);

        // Item 4.3's excerpt is a table whose header row is the appendix's own: "Nguồn kinh phí", "Tổng cộng", the years.
        var item43 = page.Page.Locator("[data-kind='declared-share']").First;
        var headers = await item43.Locator("[data-testid='excerpt-table'] thead th").AllInnerTextsAsync();
        Assert.Contains("Nguồn kinh phí", headers);
        Assert.Contains("Tổng cộng", headers);
        Assert.Contains("2025", headers);
        var hit = await item43.Locator("tr.ec-source-hit td").AllInnerTextsAsync();
        Assert.Equal(["411", "", "Nguồn kinh phí: - Ngân sách địa phương (30%)", "160", "", "100", "20", "20", "20"], hit.Select(t => t.Trim()));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task InEnglishTheSameCasesReadInEnglish()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/quality?provinces=binh-dinh&lang=en");
        await page.ByTestId("quality-count").WaitForAsync();
        var text = await page.Page.Locator("main").InnerTextAsync();
        Assert.Contains(
            "Item 4.3 declares 30% local money — 117 of its 390 — but its local money row holds 160 (41.0%).", text, StringComparison.Ordinal);
        Assert.Contains("Decision 4157/QĐ-UBND of 07/10/2020 (figures as in the draft of 10/2020)", text, StringComparison.Ordinal);
        Assert.Empty(page.Problems);
    }
}
