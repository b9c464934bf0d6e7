using System.Net;
using System.Text.Json;
using EcomCompare.Testing;

namespace EcomCompare.Dashboard.Tests;

/// <summary>
/// The dashboard as the host maps it, over a real Kestrel socket (in-process; the browser-side script is tested
/// against the published server by EcomCompare.Browser.Tests).
/// </summary>
public sealed class HostingTests : IAsyncLifetime
{
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("", "Cơ cấu nguồn vốn của từng tỉnh", "5.241,5")]
    [InlineData("trends", "Kinh phí theo năm", "664,3")]
    [InlineData("categories?cell=thai-binh/management", "Kinh phí theo nhóm nhiệm vụ", "Tổ chức thanh tra, kiểm tra hoạt động TMĐT tại DN")]
    [InlineData("explorer", "Bảng xoay", "16.991,5")]
    [InlineData("quality", "Chất lượng dữ liệu", "25 chỗ chênh lệch")]
    [InlineData("?lang=en", "How each province splits its plan money", "5,241.5")]
    public async Task EveryPageArrivesPrerenderedWithItsNumbers(string address, string title, string figure)
    {
        using var response = await _server.Client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(figure, html, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.web.js", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"" + (address.Contains("lang=en", StringComparison.Ordinal) ? "en" : "vi") + "\"", html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownDashboardAddressGetsA404PageWithALinkHome()
    {
        using var response = await _server.Client.GetAsync("no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<a href=\"/\">Cơ cấu nguồn vốn</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("odata/NoSuchSet")]
    [InlineData("charts/nothing-here")]
    [InlineData("export/nothing-here")]
    public async Task OtherSurfacesKeepTheirOwnNotFound(string address)
    {
        using var response = await _server.Client.GetAsync(address);
        Assert.DoesNotContain("Cơ cấu nguồn vốn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountsTheCubeQueriesTheDashboardMakes()
    {
        using var before = JsonDocument.Parse(await _server.Client.GetStringAsync("dashboard/metrics"));
        await _server.Client.GetStringAsync("?years=2023");
        using var after = JsonDocument.Parse(await _server.Client.GetStringAsync("dashboard/metrics"));
        Assert.True(after.RootElement.GetProperty("queries").GetInt64() > before.RootElement.GetProperty("queries").GetInt64());
        Assert.True(after.RootElement.GetProperty("viewLoads").GetInt64() > before.RootElement.GetProperty("viewLoads").GetInt64());
    }
}
