using EcomCompare.Ingestion.Categories;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// The category suggestions: learned from the mapped items of the other plans and the categories' own names, measured
/// by leaving each shipped province out (the figures the README and the bench report give).
/// </summary>
public sealed class CategorySuggesterTests
{
    private static readonly Lazy<IngestionResult> Shipped = new(() => PlanIngestor.Ingest(Repo.Sources, Repo.Categories));

    [Fact]
    public void LeavingOneProvinceOutTheFirstSuggestionAgreesWithTheHandMadeMappingForMostItems()
    {
        var results = SuggestionAgreement.LeaveOneProvinceOut(Shipped.Value);

        Assert.Equal(["binh-dinh", "thai-binh", "can-tho"], results.Select(r => r.Province));
        Assert.Equal([21, 15, 10], results.Select(r => r.Items));
        // Deterministic: the same data gives the same figures (README: 19/21, 13/15, 5/10 top-1; 21, 14, 9 top-3).
        Assert.Equal([19, 13, 5], results.Select(r => r.Top1));
        Assert.Equal([21, 14, 9], results.Select(r => r.Top3));
        Assert.True(results.Sum(r => r.Top1) >= 0.7 * results.Sum(r => r.Items));
    }

    [Theory]
    [InlineData("Đào tạo kỹ năng bán hàng trực tuyến cho doanh nghiệp nhỏ và vừa", "human-resources")]
    [InlineData("Tuyên truyền, phổ biến về thương mại điện tử trên báo, đài", "awareness")]
    [InlineData("Hỗ trợ doanh nghiệp tham gia sàn thương mại điện tử quốc tế", "enterprise-support")]
    [InlineData("Tổ chức thanh tra, kiểm tra các website thương mại điện tử", "management")]
    public void ANewItemGetsTheCategoryItsWordsPointTo(string name, string category)
    {
        var suggester = CategorySuggester.Train(Shipped.Value.Taxonomy, SuggestionExamples.From(Shipped.Value.Plans));
        var ranked = suggester.Suggest(name);

        Assert.Equal(category, ranked[0].Category);
        Assert.Equal(8, ranked.Count); // every category, best first
        Assert.NotEmpty(ranked[0].Evidence);
        Assert.InRange(ranked.Sum(s => s.Share), 0.999, 1.001);
    }

    [Fact]
    public void WordsAreSyllablesAndPairsWithAbbreviationsWrittenOut()
    {
        var words = ItemWords.Of("Hỗ trợ DN ứng dụng TMĐT");

        Assert.Contains("doanh nghiệp", words);
        Assert.Contains("hỗ trợ", words);
        Assert.Contains("ứng dụng", words);
        Assert.DoesNotContain("thương", words); // said by every item of an e-commerce plan
        Assert.DoesNotContain("dn", words);
    }
}
