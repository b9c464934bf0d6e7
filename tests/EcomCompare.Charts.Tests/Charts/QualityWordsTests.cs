using EcomCompare.Cube.Query;
using EcomCompare.Views.Words;
using F = EcomCompare.Ingestion.Model.DiscrepancyFigure;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>
/// The data-quality page's (and workbook's) sentences, built from a discrepancy's kind and figures — the figures
/// here are the documents' own (Bình Định's item 4.3 and group 5, Thái Bình's group IV and decision number, Cần Thơ's
/// breakdown 7).
/// </summary>
public class QualityWordsTests
{
    private static DiscrepancyRecord Case(string kind, decimal? stated, decimal? computed, params (string Name, string Value)[] figures) =>
        new(1, "x", "x.txt", 1, kind, "scope", stated, computed, stated - computed, "the build's English sentence")
        {
            Figures = figures.ToDictionary(f => f.Name, f => f.Value),
        };

    // binh-dinh.txt 410–411: item 4.3 costs 390; its local row says "(30%)" but holds 160.
    private static readonly DiscrepancyRecord Share43 = Case(
        "declared-share", 117m, 160m, (F.Item, "4.3"), (F.Source, "local"), (F.Percent, "30"), (F.ItemTotal, "390"));

    [Fact]
    public void ADeclaredShareSaysWhatDisagreesWithTheFigures()
    {
        Assert.Equal(
            "Mục 4.3 ghi ngân sách địa phương chiếm 30% — tức 117 trong tổng 390 của mục — nhưng dòng ngân sách địa phương ghi 160 (41,0%).",
            QualityWords.Vi.Explain(Share43));
        Assert.Equal(
            "Item 4.3 declares 30% local money — 117 of its 390 — but its local money row holds 160 (41.0%).",
            QualityWords.En.Explain(Share43));
    }

    [Fact]
    public void ADeclaredShareSaysTheCubeKeepsTheSourceRowsAmountAndWhy()
    {
        var kept = QualityWords.Vi.Kept(Share43);
        Assert.StartsWith(
            "Khối dữ liệu dùng số tiền ghi trên dòng nguồn vốn: 160 ngân sách địa phương (41,0% của 390), không dùng 117 suy ra từ 30%.", kept,
            StringComparison.Ordinal);
        Assert.Contains("Lý do:", kept, StringComparison.Ordinal);
        Assert.StartsWith(
            "The cube uses the amount written on the source row: 160 of local money (41.0% of 390), not the 117 that 30% would give.",
            QualityWords.En.Kept(Share43), StringComparison.Ordinal);
    }

    [Fact]
    public void AHalfPercentShareKeepsItsDecimals()
    {
        // Item 5.5: 30 % of 375 is 112,5.
        var d = Case("declared-share", 112.5m, 125m, (F.Item, "5.5"), (F.Source, "local"), (F.Percent, "30"), (F.ItemTotal, "375"));
        Assert.Contains("tức 112,5 trong tổng 375", QualityWords.Vi.Explain(d), StringComparison.Ordinal);
        Assert.Contains("(33,3%)", QualityWords.Vi.Explain(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupHeaderTypoIsToldAsATypoInItsTotalCell()
    {
        var d = Case("group-header", 3235m, 3325m, (F.Group, "5"), (F.Period, "2021–2025"), (F.RowSum, "3325"));
        Assert.Equal(
            "Dòng tổng của nhóm ghi 3.235 cho nhóm 5, mọi nguồn vốn, cả giai đoạn 2021–2025, nhưng các mục của nhóm cộng lại được 3.325 (chênh lệch −90). Các ô theo năm của chính dòng đó cộng lại được 3.325.",
            QualityWords.Vi.Explain(d));
        Assert.EndsWith("nên 3.235 là lỗi gõ ở ô tổng.", QualityWords.Vi.Kept(d), StringComparison.Ordinal);
        Assert.StartsWith("The cube uses 3,325, the sum of the detailed figures", QualityWords.En.Kept(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnitemizedRemainderSaysTheCubeKeepsTheHeadersFigure()
    {
        var d = Case(
            "unitemized", 165m, 40m, (F.Group, "IV"), (F.Year, "2021"), (F.Source, "central"), (F.Unitemized, "IV.*"), (F.Period, "2021–2025"));
        Assert.Equal(
            "Dòng nhóm IV ghi 165 ngân sách trung ương năm 2021, nhưng các mục của nhóm chỉ có 40: 125 không thuộc mục nào.",
            QualityWords.Vi.Explain(d));
        Assert.StartsWith(
            "Khối dữ liệu dùng con số 165 của dòng nhóm: 40 của các mục cộng 125 ghi thành mục riêng IV.*", QualityWords.Vi.Kept(d),
            StringComparison.Ordinal);
        Assert.DoesNotContain("unitemized fact", QualityWords.Vi.Kept(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AMisprintedDecisionNumberNamesBothNumbers()
    {
        var d = Case("decision-number", null, null, (F.Line, "3"), (F.Printed, "319/QĐ-UBND"), (F.Expected, "3192/QĐ-UBND"));
        Assert.Equal(
            "Dòng 3 in số quyết định là 319/QĐ-UBND, nhưng danh mục văn bản và các phụ lục của chính văn bản ghi 3192/QĐ-UBND.",
            QualityWords.Vi.Explain(d));
        Assert.StartsWith("Khối dữ liệu dùng số 3192/QĐ-UBND", QualityWords.Vi.Kept(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AUnitCostErrorSaysTheProductAndThatNoCubeFigureDependsOnIt()
    {
        var d = Case(
            "unit-cost", 2000m, 200m, (F.Breakdown, "7"), (F.Line, "2"), (F.Label, "Xây dựng phần mềm phân tích dữ liệu"), (F.Quantity, "20"),
            (F.Price, "10"));
        Assert.Equal(
            "Dòng 2 của bảng đơn giá 7 (‘Xây dựng phần mềm phân tích dữ liệu’) ghi 2.000, nhưng 20 × 10 = 200 (chênh lệch +1.800).",
            QualityWords.Vi.Explain(d));
        Assert.Contains("không làm thay đổi con số nào", QualityWords.Vi.Kept(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKindFallsBackToTheBuildsSentence()
    {
        var d = Case("something-new", null, null);
        Assert.Equal("the build's English sentence", QualityWords.Vi.Explain(d));
        Assert.Equal("something-new", QualityWords.Vi.Kind("something-new"));
        Assert.Equal(string.Empty, QualityWords.Vi.Kept(d));
    }

    [Fact]
    public void PlansAreNamedByTheirDecisionNotTheirFile()
    {
        var binhDinh = new ProvinceRecord(
            "binh-dinh", "Bình Định", "r", "Dự thảo quyết định (chưa số), 10/2020", null, "2021-2025", "Gia Lai", 6860m, 6860m, "binh-dinh.txt")
        {
            IsDraft = true,
            AdoptedAs = "4157/QĐ-UBND",
            AdoptedOn = new DateOnly(2020, 10, 7),
        };
        Assert.Equal(
            "Kế hoạch phát triển thương mại điện tử Bình Định giai đoạn 2021–2025 — Quyết định 4157/QĐ-UBND ngày 07/10/2020 (số liệu theo dự thảo 10/2020)", QualityWords.Vi.Document(binhDinh));
        Assert.Equal(
            "Bình Định e-commerce development plan 2021–2025 — Decision 4157/QĐ-UBND of 07/10/2020 (figures as in the draft of 10/2020)",
            QualityWords.En.Document(binhDinh));

        var thaiBinh = new ProvinceRecord(
            "thai-binh", "Thái Bình", "r", "3192/QĐ-UBND", new DateOnly(2020, 11, 18), "2021-2025", "Hưng Yên", 4890m, 4890m, "thai-binh.txt");
        Assert.Equal(
            "Kế hoạch phát triển thương mại điện tử Thái Bình giai đoạn 2021–2025 — Quyết định 3192/QĐ-UBND ngày 18/11/2020",
            QualityWords.Vi.Document(thaiBinh));
    }
}
