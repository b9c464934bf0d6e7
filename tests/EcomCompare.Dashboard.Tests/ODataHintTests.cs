using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Text;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Tokens;

namespace EcomCompare.Dashboard.Tests;

/// <summary>The export panel says exactly what its OData address holds, page by page and mode by mode (issue 25, 3).</summary>
public sealed class ODataHintTests
{
    [Theory]
    [InlineData(ExportPage.FundingSplit, null, null, false,
        "Mỗi dòng một tỉnh/thành phố × nguồn vốn: mã và tên (tiếng Việt và tiếng Anh khi khác nhau), số tiền (triệu đồng), "
        + "tỷ trọng trong số tiền của cùng tỉnh/thành phố (Share, 0–1) và số tiền đó (Total).")]
    [InlineData(ExportPage.FundingSplit, null, null, true,
        "One row per province × year × funding source: codes and names (Vietnamese and English where they differ), the amount (million VND), "
        + "its share of the money of the same province and year (Share, 0–1) and that money (Total).")]
    [InlineData(ExportPage.Trends, null, null, true,
        "One row per province × year × funding source: codes and names (Vietnamese and English where they differ), the amount (million VND) "
        + "and the money of the same province and year (Total).")]
    [InlineData(ExportPage.Categories, null, null, false,
        "Mỗi dòng một nhóm nhiệm vụ × tỉnh/thành phố: mã và tên (tiếng Việt và tiếng Anh khi khác nhau), số tiền (triệu đồng), "
        + "tỷ trọng trong số tiền của cùng tỉnh/thành phố (Share, 0–1) và số tiền đó (Total).")]
    [InlineData(ExportPage.Categories, null, Grouping.Native, true,
        "One row per province's group: codes and names (Vietnamese and English where they differ), the amount (million VND), "
        + "its share of the money of the same province (Share, 0–1) and that money (Total).")]
    [InlineData(ExportPage.Explorer, Measure.ShareOfTotal, null, true,
        "One row per province × funding source: codes and names (Vietnamese and English where they differ), the amount (million VND), "
        + "its share of all the money selected (Share, 0–1) and that money (Total).")]
    [InlineData(ExportPage.Explorer, Measure.ShareOfColumn, null, false,
        "tỷ trọng trong số tiền của cùng nguồn vốn (Share, 0–1) và số tiền đó (Total).")]
    [InlineData(ExportPage.Explorer, null, null, true,
        "One row per province × funding source: codes and names (Vietnamese and English where they differ), the amount (million VND) "
        + "and the money of the same province (Total).")]
    public void TheHintSaysWhatARowOfTheViewsAddressHolds(ExportPage page, Measure? measure, Grouping? grouping, bool english, string expected)
    {
        var exports = ViewExporter.For(new ExportView(page, CubeSlice.All, english ? Language.En : Language.Vi)
        {
            Measure = measure,
            Grouping = grouping,
            Layout = english && page != ExportPage.Explorer ? ViewLayout.Multiples : null,
            Column = page == ExportPage.Explorer ? CubeDimension.Source : null,
        });
        var text = english ? UiText.En : UiText.Vi;
        var hint = text.ODataHint(exports.OData, exports.Feed);
        Assert.Contains(expected, hint, StringComparison.Ordinal);
        Assert.StartsWith(english ? "This OData address returns exactly the figures on screen." : "Địa chỉ OData trả về đúng các số liệu đang hiển thị.",
            hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportPage.Targets, "câu gốc của kế hoạch")]
    [InlineData(ExportPage.Quality, "số nêu, số tính, chênh lệch")]
    public void TargetsAndDiscrepanciesSayWhatTheirRowsHold(ExportPage page, string expected)
    {
        var exports = ViewExporter.For(new ExportView(page, CubeSlice.All, Language.Vi));
        Assert.Null(exports.Feed);
        Assert.Contains(expected, UiText.Vi.ODataHint(exports.OData, exports.Feed), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDrillDownSaysItHoldsTheCellsItemsWithEachItemsTotal()
    {
        var exports = ViewExporter.For(new ExportView(ExportPage.Categories, CubeSlice.All, Language.En)
        {
            Drill = new CubeSlice { Provinces = ["thai-binh"], Categories = ["management"] },
        });
        Assert.Equal(
            "The items of the selected cell, as in the table below the heatmap. One row per category × item × funding source: codes and names "
            + "(Vietnamese and English where they differ), the amount (million VND) and the money of the same item (Total). "
            + "Excel loads it as a table ready to read.",
            UiText.En.ODataDrill(exports.DrillFeed!));
    }

    [Fact]
    public void TheNamedFeedsSayWhatARowIs()
    {
        Assert.Contains("one row per province —", UiText.En.ODataNamedFeed(ODataNames.FundingSplits), StringComparison.Ordinal);
        Assert.Contains("mỗi tỉnh mỗi năm một dòng", UiText.Vi.ODataNamedFeed(ODataNames.FundingSplitsByYear), StringComparison.Ordinal);
    }
}
