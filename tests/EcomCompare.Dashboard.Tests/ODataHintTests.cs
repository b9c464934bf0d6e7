using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Text;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Tokens;

namespace EcomCompare.Dashboard.Tests;

/// <summary>The export panel says what its OData address holds, page by page (issue 25, 3).</summary>
public sealed class ODataHintTests
{
    [Theory]
    [InlineData(ExportPage.FundingSplit, null, "mã (tỉnh, nguồn vốn, năm…) và số tiền; tên, tỷ trọng và tổng cộng thì không có")]
    [InlineData(ExportPage.Explorer, Measure.ShareOfRow, "số tiền và tỷ trọng (0–1); tên và tổng cộng thì không có")]
    [InlineData(ExportPage.Targets, null, "câu gốc của kế hoạch")]
    [InlineData(ExportPage.Quality, null, "số nêu, số tính, chênh lệch")]
    public void TheHintNamesWhatTheAddressReturns(ExportPage page, Measure? measure, string expected)
    {
        var path = ViewExporter.For(new ExportView(page, CubeSlice.All, Language.Vi) { Measure = measure }).OData;
        Assert.Contains(expected, UiText.Vi.ODataHint(path), StringComparison.Ordinal);
    }

    [Fact]
    public void TheNamedFeedsSayWhatARowIs()
    {
        Assert.Contains("one row per province —", UiText.En.ODataNamedFeed(ODataNames.FundingSplits), StringComparison.Ordinal);
        Assert.Contains("mỗi tỉnh mỗi năm một dòng", UiText.Vi.ODataNamedFeed(ODataNames.FundingSplitsByYear), StringComparison.Ordinal);
    }
}
