using EcomCompare.Ingestion.Model;
using F = EcomCompare.Ingestion.Model.DiscrepancyFigure;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// The figures each discrepancy carries besides stated and computed — what the dashboard and workbooks need to say
/// the case in their own language without the ingestion's English sentence.
/// </summary>
public class DiscrepancyFigureTests
{
    private static IReadOnlyDictionary<string, string> Figures(string province, string kind, string scope) =>
        Assert.Single(Plans.Get(province).Discrepancies, d => d.Kind == kind && d.Scope == scope).Figures;

    [Fact]
    public void ADeclaredShareCarriesItsItemSourcePercentAndTheItemsTotal()
    {
        // binh-dinh.txt 410–412: item 4.3, 390 in all; "Ngân sách địa phương (30%)" on a row of 160.
        var f = Figures("binh-dinh", "declared-share", "item 4.3 · local");
        Assert.Equal(("4.3", "local", 30m, 390m), (f[F.Item], f[F.Source], F.Number(f, F.Percent), F.Number(f, F.ItemTotal)));
    }

    [Fact]
    public void AGroupHeaderTypoCarriesItsGroupPeriodAndTheRowsOwnYearCells()
    {
        var f = Figures("binh-dinh", "group-header", "group 5");
        Assert.Equal(("5", "2021–2025", 3325m), (f[F.Group], f[F.Period], F.Number(f, F.RowSum)));
        Assert.False(f.ContainsKey(F.Year));
        Assert.False(f.ContainsKey(F.Source)); // all sources
    }

    [Fact]
    public void AnUnitemizedRemainderNamesTheItemThatKeepsIt()
    {
        var f = Figures("thai-binh", "unitemized", "group IV · 2021 · central");
        Assert.Equal(("IV", "2021", "central", "IV.*"), (f[F.Group], f[F.Year], f[F.Source], f[F.Unitemized]));
    }

    [Fact]
    public void AMisprintedDecisionNumberCarriesBothNumbers()
    {
        var f = Figures("thai-binh", "decision-number", "document");
        Assert.Equal(("3", "319/QĐ-UBND", "3192/QĐ-UBND"), (f[F.Line], f[F.Printed], f[F.Expected]));
    }

    [Fact]
    public void AUnitCostLineCarriesQuantityPriceAndItsBreakdown()
    {
        var f = Figures("can-tho", "unit-cost", "breakdown 7 · line 2");
        Assert.Equal(("7", "2", 20m, 10m), (f[F.Breakdown], f[F.Line], F.Number(f, F.Quantity), F.Number(f, F.Price)));
        Assert.Equal("Xây dựng phần mềm phân tích dữ liệu", f[F.Label]);
    }

    [Fact]
    public void AnItemNameMismatchCarriesBothNamesAndTheMatchingYear()
    {
        var f = Figures("can-tho", "item-name", "item I.5");
        Assert.Equal(("5", "I.5", "2022"), (f[F.Breakdown], f[F.Item], f[F.Years]));
        Assert.StartsWith("Xây dựng bộ giải pháp chăm sóc", f[F.Title], StringComparison.Ordinal);
        Assert.StartsWith("Xây dựng các hệ thống và giải pháp hỗ trợ đào tạo", f[F.Name], StringComparison.Ordinal);
    }
}
