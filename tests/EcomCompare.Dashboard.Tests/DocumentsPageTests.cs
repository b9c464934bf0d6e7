using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>The Documents page: which document each province's figures come from, draft or adopted (issue 14).</summary>
public class DocumentsPageTests
{
    [Fact]
    public async Task BinhDinhIsADraftAdoptedLaterAsDecision4157WithTheDraftsFigures()
    {
        await using var page = await PageHarness.OpenAsync<Documents>("/documents");
        Assert.Empty(page.Errors);
        // The plan by the name every page and workbook gives it (issue 25), not the manifest's draft note.
        Assert.Equal(
            "Kế hoạch phát triển thương mại điện tử Bình Định giai đoạn 2021–2025 — Quyết định 4157/QĐ-UBND ngày 07/10/2020 (số liệu theo dự thảo 10/2020)",
            page.Text("decision-binh-dinh"));
        Assert.Equal(
            "Dự thảo; đã ban hành thành Quyết định số 4157/QĐ-UBND ngày 07/10/2020 — số liệu theo dự thảo (văn bản ban hành không có ở đây)",
            page.Text("status-binh-dinh"));
        Assert.Equal("6.860 (của dự thảo)", page.Text("document-stated-binh-dinh"));
        Assert.Contains("Gia Lai", page.Text("document-binh-dinh"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "thai-binh", "Kế hoạch phát triển thương mại điện tử Thái Bình giai đoạn 2021–2025 — Quyết định 3192/QĐ-UBND ngày 18/11/2020", "4.890",
        "Hưng Yên")]
    [InlineData(
        "can-tho", "Kế hoạch phát triển thương mại điện tử Cần Thơ giai đoạn 2021–2025 — Quyết định 1279/QĐ-UBND ngày 15/06/2021", "5.241,5",
        "Cần Thơ (mới: Cần Thơ, Sóc Trăng, Hậu Giang)")]
    public async Task TheOthersAreAdoptedDecisions(string province, string decision, string stated, string mergedInto)
    {
        await using var page = await PageHarness.OpenAsync<Documents>("/documents");
        Assert.Equal(decision, page.Text($"decision-{province}"));
        Assert.Equal("Đã ban hành", page.Text($"status-{province}"));
        Assert.Equal(stated, page.Text($"document-stated-{province}"));
        Assert.Contains(mergedInto, page.Text($"document-{province}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InEnglishAndFilteredToOneProvince()
    {
        await using var page = await PageHarness.OpenAsync<Documents>("/documents?provinces=binh-dinh&lang=en");
        Assert.Equal(
            "Draft; adopted as Decision No. 4157/QĐ-UBND of 07/10/2020 — figures as in the draft (the adopted text is not here)",
            page.Text("status-binh-dinh"));
        Assert.False(page.Has("document-thai-binh"));
    }
}
