using System.Net;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests;

/// <summary>
/// HEAD answered wherever GET is (issue 25): pages, charts, workbooks, OData, health — the status and headers GET
/// gives, and no body.
/// </summary>
public sealed class HeadRequestTests : IAsyncLifetime
{
    private readonly string _noUsers = Path.Combine(Path.GetTempPath(), "ecomcompare-head-" + Guid.NewGuid().ToString("N") + ".tsv");
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync(null, "--Access:UsersFile", _noUsers);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("trends?provinces=can-tho")]
    [InlineData("categories?lang=en")]
    [InlineData("explorer")]
    [InlineData("targets")]
    [InlineData("quality")]
    [InlineData("documents")]
    [InlineData("summary")]
    [InlineData("healthz")]
    [InlineData("odata")]
    [InlineData("odata/$metadata")]
    [InlineData("odata/FundingSplits")]
    [InlineData("odata/BudgetLines?$apply=groupby((ProvinceCode),aggregate(Amount%20with%20sum%20as%20Amount))")]
    [InlineData("charts/funding-split.svg")]
    [InlineData("charts/funding-split.png?provinces=thai-binh")]
    [InlineData("export/funding-split.xlsx")]
    [InlineData("export/targets.xlsx?lang=en")]
    public async Task HeadGetsGetsHeadersWithoutTheBody(string path)
    {
        using var get = await _server.Client.GetAsync(path);
        using var head = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Equal(get.Content.Headers.ContentDisposition, head.Content.Headers.ContentDisposition);
        // A workbook is equivalent, not byte-identical, from one build to the next (its weak ETag says so).
        if (get.Content.Headers.ContentLength is { } length && get.Headers.TransferEncodingChunked != true && get.Headers.ETag?.IsWeak != true)
        {
            Assert.Equal(length, head.Content.Headers.ContentLength);
        }

        foreach (var header in new[] { "X-Content-Type-Options", "Referrer-Policy", "Content-Security-Policy" })
        {
            Assert.Equal(get.Headers.TryGetValues(header, out var g) ? g : [], head.Headers.TryGetValues(header, out var h) ? h : []);
        }
    }

    [Theory]
    [InlineData("no-such-page", HttpStatusCode.NotFound)]
    [InlineData("charts/nothing.svg", HttpStatusCode.BadRequest)]
    [InlineData("export/funding-split.xlsx?provinces=ha-noi", HttpStatusCode.BadRequest)]
    public async Task HeadOfAFailureGetsTheSameStatus(string path, HttpStatusCode status)
    {
        using var get = await _server.Client.GetAsync(path);
        using var head = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(status, get.StatusCode);
        Assert.Equal(status, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("", "Mất kết nối tới máy chủ. Đang kết nối lại…", "Tải lại trang")]
    [InlineData("?lang=en", "The connection to the server was interrupted. Reconnecting…", "Reload the page")]
    public async Task EveryPageCarriesOurReconnectBarInItsLanguage(string query, string retrying, string reload)
    {
        // Blazor shows the element with this id instead of its own English modal (issue 25, 4).
        var html = await _server.Client.GetStringAsync(query);
        Assert.Contains("id=\"components-reconnect-modal\"", html, StringComparison.Ordinal);
        Assert.Contains(retrying, html, StringComparison.Ordinal);
        Assert.Contains(reload, html, StringComparison.Ordinal);
    }
}
