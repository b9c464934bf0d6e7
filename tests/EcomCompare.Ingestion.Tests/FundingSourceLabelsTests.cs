using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Tests;

public class FundingSourceLabelsTests
{
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
    public void RecognisesEveryLabelTheDocumentsUse(string label, string expected) =>
        Assert.Equal(Plans.Source(expected), FundingSourceLabels.TryClassify(label));

    [Theory]
    [InlineData("Vốn ODA")]
    [InlineData("XH")]
    [InlineData("Nguồn khác")]
    public void ReturnsNullForAnUnknownLabel(string label) => Assert.Null(FundingSourceLabels.TryClassify(label));

    [Fact]
    public void CodesAreTheContractNames() =>
        Assert.Equal(["central", "local", "enterprise"], FundingSources.All.Select(s => s.Code()));
}
