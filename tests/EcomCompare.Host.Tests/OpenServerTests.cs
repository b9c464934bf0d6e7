using System.Net;
using EcomCompare.Access.Headers;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests;

/// <summary>Without users (a single analyst on loopback): start-up rules, headers, method refusals.</summary>
public sealed class OpenServerTests : IAsyncLifetime
{
    private readonly string _noUsers = Path.Combine(Path.GetTempPath(), "ecomcompare-no-users-" + Guid.NewGuid().ToString("N") + ".tsv");
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync(null, "--Access:UsersFile", _noUsers);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://127.0.0.1:5080;http://ecom.example:5080")]
    public void RefusesToServeTheNetworkWithoutSignIn(string urls)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => EcomCompareServer.Create(["--urls", urls, "--Access:UsersFile", _noUsers]));
        Assert.Contains("without sign-in", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("--allow-anonymous", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("ecomcompare users add", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public async Task LoopbackNeedsNoSignIn(string urls)
    {
        await using var app = EcomCompareServer.Create(["--urls", urls, "--Access:UsersFile", _noUsers]);
        Assert.NotNull(app);
    }

    [Fact]
    public async Task AllowAnonymousServesTheNetworkOnPurpose()
    {
        await using var app = EcomCompareServer.Create(["--urls", "http://0.0.0.0:5080", "--Access:UsersFile", _noUsers, "--allow-anonymous"]);
        Assert.NotNull(app);
    }

    [Theory]
    [InlineData("")]
    [InlineData("summary")]
    [InlineData("healthz")]
    [InlineData("odata")]
    [InlineData("odata/$metadata")]
    [InlineData("charts/funding-split.svg")]
    [InlineData("export/funding-split.xlsx")]
    [InlineData("no-such-page")]
    public async Task EveryResponseSaysNoSniffAndItsReferrerPolicy(string path)
    {
        using var response = await _server.Client.GetAsync(path);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task PagesCarryTheContentSecurityPolicy()
    {
        using var response = await _server.Client.GetAsync("");
        Assert.Equal(SecurityHeaders.PagePolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        using var chart = await _server.Client.GetAsync("charts/funding-split.svg");
        Assert.Equal(SecurityHeaders.ImagePolicy, Assert.Single(chart.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("POST", "charts/funding-split.svg")]
    [InlineData("PUT", "charts/funding-split.png")]
    [InlineData("DELETE", "export/funding-split.xlsx")]
    [InlineData("PATCH", "export/categories.xlsx")]
    public async Task WritesToChartsAndExportsGet405WithAllow(string method, string path)
    {
        using var response = await _server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task MetricsAnswerThisMachineWhenNobodyCanSignIn()
    {
        using var response = await _server.Client.GetAsync("dashboard/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>Behind a reverse proxy: the configured public address is what every absolute URL is built from.</summary>
public sealed class PublicBaseUrlTests : IAsyncLifetime
{
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync(
        null, "--Access:PublicBaseUrl", "https://ecom.example.vn/so-sanh/", "--OData:PageSize", "100");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ODataContextAndNextLinkUseThePublicAddressNotTheRequestsHost()
    {
        var body = await _server.Client.GetStringAsync("odata/BudgetLines?$select=Id");
        Assert.Contains("\"@odata.context\":\"https://ecom.example.vn/so-sanh/odata/$metadata#BudgetLines", body, StringComparison.Ordinal);
        Assert.Contains("\"@odata.nextLink\":\"https://ecom.example.vn/so-sanh/odata/BudgetLines?", body, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
    }
}
