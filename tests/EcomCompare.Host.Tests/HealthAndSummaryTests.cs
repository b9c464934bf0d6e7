using System.Net;
using System.Text.Json;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests;

/// <summary>The server's own endpoints, over a real Kestrel socket.</summary>
public sealed class HealthAndSummaryTests : IAsyncLifetime
{
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task HealthzReportsTheCubesBuild()
    {
        using var response = await _server.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Matches("^[0-9a-f]{16}$", json.RootElement.GetProperty("cube").GetProperty("buildId").GetString());
    }

    [Fact]
    public async Task SummaryShowsEachProvincesSplitAndStatedTotal()
    {
        var html = await _server.Client.GetStringAsync("summary");
        Assert.Contains(
            "<td>Thái Bình</td><td>2.125</td><td>43,5%</td><td>2.495</td><td>51,0%</td><td>270</td><td>5,5%</td><td>4.890</td><td>4.890</td><td>7</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Cần Thơ</td><td>2.899</td>", html, StringComparison.Ordinal);
        Assert.Contains("5.241,5", html, StringComparison.Ordinal);
        // Bình Định plans no enterprise money: "–" as on the dashboard, not "0" and "0,0%".
        Assert.Contains(
            "<td>Bình Định</td><td>3.785</td><td>55,2%</td><td>3.075</td><td>44,8%</td><td>–</td><td>–</td>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"data:,\">", html, StringComparison.Ordinal); // no /favicon.ico request to 404
        Assert.Contains("<a href=\"./\">← Bảng điều khiển</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryInEnglishUsesEnglishWordsAndNumbersAndLinksToTheEnglishDashboard()
    {
        var html = await _server.Client.GetStringAsync("summary?lang=en");
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<th>Province</th><th>Central</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Cần Thơ</td><td>2,899</td><td>55.3%</td><td>2,342.5</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"./?lang=en\">← Dashboard</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthzSays503WhenThereIsNoCube()
    {
        await using var server = await KestrelServer.StartAsync(
            Path.Combine(Path.GetTempPath(), "no-such-cube-" + Guid.NewGuid().ToString("N") + ".duckdb"));
        using var response = await server.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("make cube", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
