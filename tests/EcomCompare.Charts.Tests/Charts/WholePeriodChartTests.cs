using System.Net;
using EcomCompare.Testing;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>
/// Charts and workbooks of a plan whose budget table gives no year split (the made-up Núi Đỏ, 5.200 million VND,
/// issue 13): the whole-period chart has its money, per-year charts say in their footnote how much no year shows,
/// and nothing fails on the money without a year.
/// </summary>
public sealed class WholePeriodChartTests : IAsyncLifetime
{
    private const string Note = "Núi Đỏ: 5.200 triệu đồng không chia theo năm (bảng cả giai đoạn), không có trong các năm.";
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync(TestCube.WholePeriodPath);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task TheWholePeriodChartHasTheMoneyWithNoYear()
    {
        var svg = await Get("charts/funding-split.svg?provinces=nui-do&measure=amount");
        // The chart's text description carries every drawn figure: "other" money is a source of its own.
        Assert.Contains(
            "<desc>Núi Đỏ: Trung ương 1.700 (32,7%), Địa phương 2.000 (38,5%), Doanh nghiệp 1.300 (25,0%), Nguồn vốn hợp pháp khác 200 (3,8%); tổng 5.200.</desc>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("không chia theo năm", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("charts/funding-split.svg?provinces=nui-do,can-tho&layout=multiples")]
    [InlineData("charts/funding-trend.svg?provinces=nui-do,can-tho")]
    [InlineData("charts/funding-trend.svg?provinces=nui-do,can-tho&layout=columns")]
    [InlineData("charts/co-financing.svg?provinces=nui-do,can-tho")]
    public async Task PerYearChartsSayHowMuchNoYearShows(string url) =>
        Assert.Contains(Note, await Get(url), StringComparison.Ordinal);

    [Fact]
    public async Task ThePerYearWorkbookBuilds()
    {
        using var response = await _server.Client.GetAsync("export/funding-trend.xlsx?provinces=nui-do,can-tho");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> Get(string url)
    {
        using var response = await _server.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}: {body}");
        return body;
    }
}
