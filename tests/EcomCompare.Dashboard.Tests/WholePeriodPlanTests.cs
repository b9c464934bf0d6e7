using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;
using EcomCompare.Testing;

namespace EcomCompare.Dashboard.Tests;

/// <summary>
/// A fourth plan whose budget table gives no year split (the made-up Núi Đỏ: 5.200 million VND, 200 of it "other"
/// money): its money is in the period view, each per-year view says how much of it no year shows, and the
/// Data-quality page shows the build's warnings in the UI's language (issue 13).
/// </summary>
public sealed class WholePeriodPlanTests
{
    [Fact]
    public async Task ThePeriodViewHasItsMoneyIncludingOtherAndNoNote()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?provinces=nui-do", TestCube.WholePeriodPath);
        Assert.Empty(page.Errors);
        Assert.Equal("5.200", page.Text("total-nui-do"));
        Assert.Equal("1.700", page.Text("amount-nui-do-central"));
        Assert.Equal("200", page.Text("amount-nui-do-other"));
        Assert.False(page.Has("no-year-split"));
    }

    [Theory]
    [InlineData("/?provinces=nui-do,binh-dinh&mode=multiples")]
    [InlineData("/?provinces=nui-do&mode=year&year=2023")]
    [InlineData("/?provinces=nui-do&years=2021-2022")]
    public async Task EveryPerYearViewOfTheFundingSplitSaysHowMuchHasNoYear(string address)
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>(address, TestCube.WholePeriodPath);
        Assert.Empty(page.Errors);
        Assert.Equal(
            "Núi Đỏ: 5.200 triệu đồng của kế hoạch không chia theo năm (bảng dự toán cả giai đoạn) — được tính vào tổng cả giai đoạn, không vào năm nào hiển thị ở đây.",
            page.Text("no-year-split"));
    }

    [Fact]
    public async Task TheTrendsPageSaysItInEnglishToo()
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends?provinces=nui-do,can-tho&lang=en", TestCube.WholePeriodPath);
        Assert.Empty(page.Errors);
        Assert.Equal(
            "Núi Đỏ: 5,200 million VND of its plan has no year split (a whole-period budget table) — it counts in the period totals and in no year shown here.",
            page.Text("no-year-split"));
    }

    [Fact]
    public async Task ThePagesOfTheShippedPlansHaveNoSuchNote()
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends", TestCube.Path);
        Assert.Empty(page.Errors);
        Assert.False(page.Has("no-year-split"));
    }

    [Fact]
    public async Task TheDataQualityPageShowsTheBuildWarningsInTheUiLanguage()
    {
        await using var page = await PageHarness.OpenAsync<Quality>("/quality?provinces=nui-do", TestCube.WholePeriodPath);
        Assert.Empty(page.Errors);
        var warnings = page.Text("warnings-nui-do");
        Assert.Contains("Cảnh báo khi dựng dữ liệu", warnings, StringComparison.Ordinal);
        Assert.Contains("5.200 triệu đồng của kế hoạch không chia theo năm", warnings, StringComparison.Ordinal);
        // The shipped plans state their totals and split by year: no warning.
        await using var shipped = await PageHarness.OpenAsync<Quality>("/quality", TestCube.WholePeriodPath);
        Assert.False(shipped.Has("warnings-binh-dinh") || shipped.Has("warnings-thai-binh") || shipped.Has("warnings-can-tho"));
    }
}
