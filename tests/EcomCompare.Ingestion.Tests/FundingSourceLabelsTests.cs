using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Tests;

public class FundingSourceLabelsTests
{
    private static readonly FundingSourceLabels Labels = Plans.Labels;

    [Theory]
    [InlineData("TW", "central")]
    [InlineData("Trung Ương", "central")]
    [InlineData("Hỗ trợ từ trung ương", "central")]
    [InlineData("Chương trình phát triển TMĐT quốc gia (70%)", "central")]
    [InlineData("Chương trình phát triển TMDT quốc gia", "central")]
    [InlineData("Hỗ trợ từ Chương trình phát triển thương mại điện tử quốc gia", "central")]
    [InlineData("Kinh phí Trung ương hỗ trợ", "central")]
    [InlineData("ĐP", "local")]
    [InlineData("Địa phương", "local")]
    [InlineData("Ngân sách địa phương (30%)", "local")]
    [InlineData("Kinh phí từ nguồn ngân sách tỉnh", "local")]
    [InlineData("DN", "enterprise")]
    [InlineData("Doanh nghiệp đối ứng", "enterprise")]
    [InlineData("Dự kiến đóng góp của các tổ chức, doanh nghiệp tham gia", "enterprise")]
    [InlineData("NSTW", "central")]
    [InlineData("Ngân sách Trung ương", "central")]
    [InlineData("Ngân sách Trung ương (hỗ trợ)", "central")]
    [InlineData("<b>Trung ương</b>", "central")]
    [InlineData("NSĐP", "local")]
    [InlineData("nsđp", "local")]
    [InlineData("Ngân sách tỉnh", "local")]
    [InlineData("Ngân sách thành phố", "local")]
    [InlineData("XHH", "enterprise")]
    [InlineData("Xã hội hóa", "enterprise")]
    [InlineData("Vốn doanh nghiệp", "enterprise")]
    [InlineData("Doanh nghiệp (đối ứng)", "enterprise")]
    [InlineData("Doanh nghiệp/XHH", "enterprise")]
    [InlineData("Nguồn vốn hợp pháp khác", "other")]
    [InlineData("Các nguồn vốn huy động khác", "other")]
    public void RecognisesEveryLabelTheDocumentsUse(string label, string expected) =>
        Assert.Equal(Plans.Source(expected), Labels.TryClassify(label));

    [Theory]
    [InlineData("Vốn ODA")]
    [InlineData("XH")]
    [InlineData("Nguồn khác")]
    public void ReturnsNullForAnUnknownLabel(string label) => Assert.Null(Labels.TryClassify(label));

    [Fact]
    public void CodesAreTheContractNames()
    {
        Assert.Equal(["central", "local", "enterprise"], FundingSources.All.Select(s => s.Code()));
        Assert.Equal(["central", "local", "enterprise", "other"], FundingSources.WithOther.Select(s => s.Code()));
    }

    [Fact]
    public void ABadVocabularyLineNamesItsLine()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("ecomcompare-vocab-").FullName, FundingSourceLabels.FileName);
        File.WriteAllText(path, "source\tmatch\tlabel\ncentral\texact\ttw\nforeign\tcontains\toda\n");
        var error = Assert.Throws<IngestionException>(() => FundingSourceLabels.Load(path));
        Assert.Equal("funding-sources.tsv:3: unknown source 'foreign' (central, local, enterprise, other)", error.Message);
    }
}
