using System.Net;
using EcomCompare.Testing;

namespace EcomCompare.OData.Tests;

/// <summary>The cap on response bytes: past it, a clean OData error instead of the payload — never half a body.</summary>
public sealed class ResponseLimitTests : IAsyncLifetime
{
    private const int Limit = 20_000;
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync(
        null, "--OData:MaxResponseBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task APageLargerThanTheLimitIsAnsweredWithAnErrorThatSaysHowToAskForLess()
    {
        // A full page of budget lines (287 rows with names) is far over 20,000 bytes.
        using var response = await Http.GetAsync(_server.Client, "odata/BudgetLines");
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("ResponseTooLarge", error.GetProperty("code").GetString());
        Assert.Equal(
            "The response would be larger than 20000 bytes, the most this service sends at once. Ask for fewer rows per page (Prefer: odata.maxpagesize=…, $top), fewer properties ($select), or shorter computed values.",
            error.GetProperty("message").GetString());
        Assert.True(
            response.Content.Headers.ContentLength < 1000, $"{response.Content.Headers.ContentLength} bytes: the error alone, not part of the page");
    }

    [Fact]
    public async Task WhatFitsIsServedAsBefore()
    {
        var page = await Http.JsonAsync(_server.Client, "odata/BudgetLines?$select=Id,Amount&$top=20&$orderby=Id");
        Assert.Equal(
            Enumerable.Range(1, 20).Select(i => (long)i), page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("Id").GetInt64()));

        // Fewer rows per page, as the error advises: the same request comes in pages under the limit.
        using var response = await Http.GetAsync(
            _server.Client, "odata/BudgetLines?$select=Id,ItemName", Http.PowerQueryAccept, ("Prefer", "odata.maxpagesize=20"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(20, json.RootElement.GetProperty("value").GetArrayLength());
        Assert.True(json.RootElement.TryGetProperty("@odata.nextLink", out _));
    }
}
