using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests;

/// <summary>Every disagreement the documents contain, each with both numbers and its line — and no others.</summary>
public class DiscrepancyTests
{
    private static Discrepancy Find(string province, string kind, string scope) =>
        Assert.Single(Plans.Get(province).Discrepancies, d => d.Kind == kind && d.Scope == scope);

    [Fact]
    public void BinhDinhGroup5TotalCellIsATypoFor3325()
    {
        var d = Find("binh-dinh", "group-header", "group 5");
        Assert.Equal((3235m, 3325m, -90m, 413), (d.Stated, d.Computed, d.Difference, d.Origin.Line));
        Assert.Contains("total cell is a typo", d.Message, StringComparison.Ordinal);
    }

    // Declared share × item total (stated) against the amount the source row holds (computed).
    [Theory]
    [InlineData("item 4.3 · local", 117, 160, 411)]
    [InlineData("item 4.3 · central", 273, 230, 412)]
    [InlineData("item 5.3 · local", 240, 250, 421)]
    [InlineData("item 5.3 · central", 560, 550, 422)]
    [InlineData("item 5.4 · local", 225, 250, 424)]
    [InlineData("item 5.4 · central", 525, 500, 425)]
    [InlineData("item 5.5 · local", 112.5, 125, 427)]
    [InlineData("item 5.5 · central", 262.5, 250, 428)]
    [InlineData("item 6.2 · local", 72, 80, 441)]
    [InlineData("item 6.2 · central", 168, 160, 442)]
    [InlineData("item 6.3 · local", 72, 80, 444)]
    [InlineData("item 6.3 · central", 168, 160, 445)]
    public void BinhDinhDeclaredSharesThatTheAmountsDoNotFollow(string scope, decimal implied, decimal held, int line)
    {
        var d = Find("binh-dinh", "declared-share", scope);
        Assert.Equal((implied, held, line), (d.Stated, d.Computed, d.Origin.Line));
    }

    [Theory]
    [InlineData("group IV · 2021 · central", 165, 40)]
    [InlineData("group IV · 2021 · local", 100, 80)]
    [InlineData("group IV · 2022 · local", 180, 80)]
    [InlineData("group IV · 2023 · local", 100, 80)]
    [InlineData("group IV · 2024 · local", 100, 80)]
    [InlineData("group IV · 2025 · local", 210, 80)]
    public void ThaiBinhGroupIVHeaderStatesMoneyItsItemsDoNotCarry(string scope, decimal header, decimal items)
    {
        var d = Find("thai-binh", "unitemized", scope);
        Assert.Equal((header, items, 284), (d.Stated, d.Computed, d.Origin.Line));
        Assert.Contains("kept as unitemized fact IV.*", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThaiBinhUnitemizedRemainderIsKeptAsFactsSoTotalsMatch()
    {
        var plan = Plans.Get("thai-binh");
        var item = Assert.Single(plan.Items, i => i.IsUnitemized);
        Assert.Equal(("IV.*", "IV", "management"), (item.Code, item.GroupCode, item.Category));
        Assert.Equal(415m, plan.Facts.Where(f => f.ItemCode == "IV.*").Sum(f => f.Amount));
        Assert.Equal(125m, plan.Facts.Where(f => f.ItemCode == "IV.*" && f.Source == FundingSource.Central).Sum(f => f.Amount));
        Assert.Equal(4890m, plan.Sum());
    }

    [Fact]
    public void ThaiBinhFirstPagePrintsDecisionNumber319Not3192()
    {
        var d = Find("thai-binh", "decision-number", "document");
        Assert.Equal(3, d.Origin.Line);
        Assert.Null(d.Stated);
        Assert.Contains("319/QĐ-UBND", d.Message, StringComparison.Ordinal);
        Assert.Contains("3192/QĐ-UBND", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(402)]
    public void CanThoBreakdown7LinesRead2000Million(int line)
    {
        var d = Assert.Single(Plans.Get("can-tho").Discrepancies, d => d.Kind == "unit-cost" && d.Origin.Line == line);
        Assert.Equal((2000m, 200m), (d.Stated, d.Computed)); // 20 enterprises × 10.000.000 đồng = 200 million
    }

    [Fact]
    public void CanThoBreakdown7TotalDisagreesWithItsLines()
    {
        var d = Find("can-tho", "breakdown-total", "breakdown 7");
        Assert.Equal((600m, 4200m, 403), (d.Stated, d.Computed, d.Origin.Line));
    }

    [Theory]
    [InlineData("item I.5", 387, "chăm sóc và quản trị khách hàng", "đào tạo trực tuyến")]
    [InlineData("item I.6", 395, "nhận diện Thương hiệu", "đánh giá tín nhiệm")]
    public void CanThoBreakdownsDescribeItems5And6Differently(string scope, int line, string breakdownWords, string itemWords)
    {
        var d = Find("can-tho", "item-name", scope);
        Assert.Equal(line, d.Origin.Line);
        Assert.Contains(breakdownWords, d.Message, StringComparison.Ordinal);
        Assert.Contains(itemWords, d.Message, StringComparison.Ordinal);
        Assert.Contains("2022", d.Message, StringComparison.Ordinal); // the money still matches the item's 2022 amount
    }

    [Theory]
    [InlineData("binh-dinh", 13)]
    [InlineData("thai-binh", 7)]
    [InlineData("can-tho", 5)]
    public void FindsNoOtherDiscrepancies(string province, int count) =>
        Assert.Equal(count, Plans.Get(province).Discrepancies.Count);

    [Theory]
    [InlineData("binh-dinh", 250)]
    [InlineData("thai-binh", 120)]
    [InlineData("can-tho", 60)]
    public void ChecksEveryStatedFigure(string province, int atLeast)
    {
        var plan = Plans.Get(province);
        Assert.True(plan.Checks >= atLeast, $"{plan.Checks} checks");
        Assert.True(plan.Checks > plan.Discrepancies.Count);
    }
}
