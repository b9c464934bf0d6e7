using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>Every discrepancy the reconciliation found, grouped by province, with its source line in context.</summary>
public class QualityPageTests
{
    [Fact]
    public async Task ListsAllTwentyFiveDiscrepanciesGroupedByProvince()
    {
        await using var page = await PageHarness.OpenAsync<Quality>("/quality");
        Assert.Empty(page.Errors);
        Assert.Equal("25 chỗ chênh lệch", page.Text("quality-count"));
        Assert.Equal("13", page.Find("quality-binh-dinh").GetAttribute("data-count"));
        Assert.Equal("7", page.Find("quality-thai-binh").GetAttribute("data-count"));
        Assert.Equal("5", page.Find("quality-can-tho").GetAttribute("data-count"));
    }

    [Fact]
    public async Task ShowsStatedAndComputedFiguresTheDifferenceAndTheLineInContext()
    {
        await using var page = await PageHarness.OpenAsync<Quality>("/quality?provinces=binh-dinh");
        var group5 = page.Document.QuerySelectorAll("[data-testid^='discrepancy-']").Single(e => e.GetAttribute("data-kind") == "group-header");
        var numbers = PageHarness.Collapse(group5.QuerySelector(".ec-numbers")!.TextContent);
        Assert.Contains("Số văn bản nêu: 3.235", numbers, StringComparison.Ordinal);
        Assert.Contains("Số tính từ chi tiết: 3.325", numbers, StringComparison.Ordinal);
        Assert.Contains("Chênh lệch: -90", numbers, StringComparison.Ordinal);
        // The plan by its decision, the line as a small reference; never the file name.
        Assert.Contains("Quyết định 4157/QĐ-UBND ngày 07/10/2020 (số liệu theo dự thảo 10/2020), dòng 413", numbers, StringComparison.Ordinal);
        Assert.DoesNotContain(".txt", group5.TextContent, StringComparison.Ordinal);
        var lines = group5.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-line")).ToList();
        Assert.Equal(["411", "412", "413", "414", "415"], lines);
        Assert.Contains("Đẩy mạnh ứng dụng", group5.QuerySelector("tr.ec-source-hit")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProvinceFilterAppliesAndTheOthersSayTheyDoNot()
    {
        await using var page = await PageHarness.OpenAsync<Quality>("/quality?provinces=can-tho");
        Assert.Equal("5 chỗ chênh lệch", page.Text("quality-count"));
        Assert.False(page.Has("quality-binh-dinh"));
        Assert.Contains("không áp dụng cho trang này", page.Text("filters"), StringComparison.Ordinal);
        Assert.Equal(
            "http://localhost/odata/Discrepancies?$filter=ProvinceCode in ('can-tho')", Uri.UnescapeDataString(
                page.Find("odata-url").GetAttribute("value")!));
        Assert.Equal("export/discrepancies.xlsx?provinces=can-tho", page.Find("xlsx-link").GetAttribute("href"));
    }
}
