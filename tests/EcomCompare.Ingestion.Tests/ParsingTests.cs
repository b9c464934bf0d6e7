using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests;

/// <summary>What the shape parsers read from the real documents, cell by cell where it matters.</summary>
public class ParsingTests
{
    [Theory]
    [InlineData("binh-dinh", 21, "items-with-source-rows")]
    [InlineData("thai-binh", 15, "year-source-columns")] // 14 items + group IV's unitemized remainder
    [InlineData("can-tho", 10, "year-source-columns")]
    public void ReadsEveryItemOfTheBudgetAppendix(string province, int items, string shape)
    {
        var plan = Plans.Get(province);
        Assert.Equal(shape, plan.Plan.Shape);
        Assert.Equal(items, plan.Items.Count);
        Assert.All(plan.Items, i => Assert.False(string.IsNullOrEmpty(i.Category)));
    }

    [Fact]
    public void GivesTheUncodedBinhDinhItemAStableCodeInItsGroup()
    {
        var item = Plans.Get("binh-dinh").Items[0];
        Assert.Equal(("1.(1)", "1", 382), (item.Code, item.GroupCode, item.Source.Line));
        Assert.StartsWith("Tuyên truyền, nâng cao nhận thức về TMĐT", item.Name, StringComparison.Ordinal);
        Assert.Equal(200m, Plans.Get("binh-dinh").Facts.Where(f => f.ItemCode == "1.(1)" && f.Source == FundingSource.Local).Sum(f => f.Amount));
    }

    [Fact]
    public void KeepsEmptyCellsInPlaceSoAmountsLandInTheirYear()
    {
        // Bình Định 2.2 (line 388): "90 | | 30 | | 30 | 30" — nothing in 2021 and 2023.
        var facts = Plans.Get("binh-dinh").Facts.Where(f => f.ItemCode == "2.2").OrderBy(f => f.Year).ToList();
        Assert.Equal([2022, 2024, 2025], facts.Select(f => f.Year));
        Assert.All(facts, f => Assert.Equal((30m, FundingSource.Local, 388), (f.Amount, f.Source, f.Origin.Line)));
    }

    [Fact]
    public void ReadsThaiBinhYearSourceColumnsByPosition()
    {
        // Line 281, item III.2: 2022–2025 each 90 TW, 50 ĐP, 10 DN; nothing in 2021.
        var facts = Plans.Get("thai-binh").Facts.Where(f => f.ItemCode == "III.2").ToList();
        Assert.Equal(12, facts.Count);
        Assert.DoesNotContain(facts, f => f.Year == 2021);
        Assert.All(facts.Where(f => f.Source == FundingSource.Central), f => Assert.Equal(90m, f.Amount));
        Assert.All(facts.Where(f => f.Source == FundingSource.Local), f => Assert.Equal(50m, f.Amount));
        Assert.All(facts.Where(f => f.Source == FundingSource.Enterprise), f => Assert.Equal(10m, f.Amount));
    }

    [Fact]
    public void ReadsCanThoDecimalAmountsExactly()
    {
        var facts = Plans.Get("can-tho").Facts.Where(f => f.ItemCode == "II.1").ToList();
        Assert.Equal(5, facts.Count);
        Assert.All(facts, f => Assert.Equal((46.3m, FundingSource.Local), (f.Amount, f.Source)));
        Assert.Equal(231.5m, facts.Sum(f => f.Amount));
    }

    [Fact]
    public void CanThoItemsInheritTheirImplementingAgencyFromTheGroupRow()
    {
        var items = Plans.Get("can-tho").Items;
        Assert.All(items.Where(i => i.GroupCode == "I"), i => Assert.Equal("Sở Công Thương", i.Agency));
        Assert.Equal("Sở Thông tin và Truyền thông", Assert.Single(items, i => i.GroupCode == "II").Agency);
        Assert.All(Plans.Get("thai-binh").Items, i => Assert.Null(i.Agency));
    }

    [Fact]
    public void CanThoTotalsRowsAreStatementsNotGroups()
    {
        var plan = Plans.Get("can-tho");
        Assert.Equal(["I", "II"], plan.Items.Select(i => i.GroupCode).Distinct());
        var fiveYears = Assert.Single(plan.Statements, s => s.Kind == StatementKind.TotalsRow && s.Year is null && s.Source is null);
        Assert.Equal((5241.5m, 322), (fiveYears.Value, fiveYears.Origin.Line));
        Assert.Equal(5, plan.Statements.Count(s => s.Kind == StatementKind.TotalsRow && s.Origin.Line == 321));
    }

    [Fact]
    public void BinhDinhDeclaredSharesAreStatementsOfTheirSourceRow()
    {
        var shares = Plans.Get("binh-dinh").Statements.Where(s => s.Kind == StatementKind.DeclaredShare && s.Scope.ItemCode == "4.3").ToList();
        Assert.Equal([(FundingSource.Local, 30m, 411), (FundingSource.Central, 70m, 412)],
            shares.Select(s => (s.Source!.Value, s.Value, s.Origin.Line)));
    }

    [Fact]
    public void SkipsTheHeaderRepeatedAfterAPageBreak()
    {
        // Thái Bình's appendix repeats its two header rows at lines 277–278 and 290–291.
        var plan = Plans.Get("thai-binh");
        Assert.DoesNotContain(plan.Facts, f => f.Origin.Line is 277 or 278 or 290 or 291);
        Assert.Equal(["I", "II", "III", "IV", "V"], plan.Items.Select(i => i.GroupCode).Distinct());
    }

    [Fact]
    public void FingerprintsTheSources() => Assert.Matches("^[0-9a-f]{64}$", Plans.All.SourcesFingerprint);

    [Fact]
    public void TaxonomyHasTheNationalPlansEightTaskAreas() =>
        Assert.Equal(
            ["policy", "awareness", "management", "human-resources", "market-trust", "infrastructure", "enterprise-support", "digital-transformation"],
            Plans.All.Taxonomy.Categories.Select(c => c.Code));
}
