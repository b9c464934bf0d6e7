using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using EcomCompare.Charts.Tests.Support;
using EcomCompare.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary><c>/charts/{chart}.{svg|png}</c> over a real Kestrel socket: formats, headers, 304, 400, 503.</summary>
[Collection(ServerCollection.Name)]
public sealed class ChartHttpTests(ServerFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task AnSvgChartIsServedWithCachingAndSafetyHeaders()
    {
        using var response = await Client.GetAsync("charts/funding-split.svg?provinces=binh-dinh,can-tho");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal("public, no-cache", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg ", body, StringComparison.Ordinal);
        Assert.Contains("<title>Cơ cấu nguồn kinh phí theo tỉnh, 2021–2025</title>", body, StringComparison.Ordinal);
        Assert.Contains("Bình Định", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APngChartIsServedAtTheRequestedSize()
    {
        using var response = await Client.GetAsync("charts/co-financing.png?width=600&height=360&scale=2&lang=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((1200, 720), PngImage.Size(await response.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("charts/funding-split.svg")]
    [InlineData("charts/categories.png?layout=heatmap")]
    public async Task AMatchingIfNoneMatchGets304WithoutABody(string url)
    {
        using var first = await Client.GetAsync(url);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var weak = new HttpRequestMessage(HttpMethod.Get, url);
        weak.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag, isWeak: true));
        using var weakResponse = await Client.SendAsync(weak);
        Assert.Equal(HttpStatusCode.NotModified, weakResponse.StatusCode);

        using var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var changed = await Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task ConcurrentRequestsForTheSameNewChartAllGetTheSamePicture()
    {
        var url = "charts/funding-trend.png?title=" + Guid.NewGuid().ToString("N");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await Client.GetAsync(url);
            return (response.StatusCode, Bytes: await response.Content.ReadAsByteArrayAsync());
        }));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(responses.Select(r => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(r.Bytes))).Distinct());
    }

    [Fact]
    public async Task TheETagFollowsWhatIsDrawnNotHowTheUrlIsWritten()
    {
        var a = await ETag("charts/funding-split.svg?provinces=binh-dinh,can-tho");
        var b = await ETag("charts/funding-split.svg?provinces=can-tho,binh-dinh&measure=share&lang=vi");
        var c = await ETag("charts/funding-split.svg?provinces=binh-dinh,can-tho&lang=en");
        var d = await ETag("charts/funding-split.png?provinces=binh-dinh,can-tho");
        var e = await ETag("charts/funding-split.svg?provinces=binh-dinh,can-tho&years=2019-2030"); // clamped to the plans' 2021–2025
        Assert.Equal(a, b);
        Assert.Equal(a, e);
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, d);
        using var health = JsonDocument.Parse(await Client.GetStringAsync("healthz"));
        Assert.Contains(health.RootElement.GetProperty("cube").GetProperty("buildId").GetString()!, a, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("charts/pie.svg", "unknown chart 'pie'")]
    [InlineData("charts/funding-split.gif", "funding-split.svg or funding-split.png")]
    [InlineData("charts/funding-split", "funding-split.svg or funding-split.png")]
    [InlineData("charts/funding-split.svg?provinces=ha-noi", "unknown province 'ha-noi'")]
    [InlineData("charts/funding-split.svg?sources=foreign", "unknown funding source 'foreign'")]
    [InlineData("charts/categories.svg?categories=tourism", "unknown category 'tourism'")]
    [InlineData("charts/funding-split.svg?provinces=binh-dinh,,can-tho", "empty item")]
    [InlineData("charts/funding-split.svg?provinces=B%C3%ACnh", "not a code")]
    [InlineData("charts/funding-split.svg?years=2025-2021", "runs backwards")]
    [InlineData("charts/funding-split.svg?years=1990-1995", "2021–2025")]
    [InlineData("charts/funding-split.svg?years=twenty", "'years'")]
    [InlineData("charts/funding-split.svg?width=0", "width '0'")]
    [InlineData("charts/funding-split.svg?width=100000", "width '100000'")]
    [InlineData("charts/funding-split.svg?height=tall", "height 'tall'")]
    [InlineData("charts/funding-split.png?scale=0", "scale '0'")]
    [InlineData("charts/funding-split.png?scale=9", "scale '9'")]
    [InlineData("charts/funding-split.png?width=3000&scale=4", "at most 6000 pixels")]
    [InlineData("charts/funding-split.png?width=3000&height=3000&scale=2", "at most 8,294,400 pixels")]
    [InlineData("charts/funding-split.svg?measure=median", "measure 'median'")]
    [InlineData("charts/funding-trend.svg?layout=pie", "layout 'pie'")]
    [InlineData("charts/co-financing.svg?measure=share", "'measure' does not apply")]
    [InlineData("charts/co-financing.svg?sources=local", "'sources' does not apply")]
    [InlineData("charts/funding-split.svg?lang=fr", "lang 'fr'")]
    [InlineData("charts/funding-split.svg?province=binh-dinh", "unknown parameter 'province'")]
    [InlineData("charts/funding-split.svg?provinces=binh-dinh&provinces=can-tho", "given 2 times")]
    [InlineData("charts/funding-split.svg?title=a%0Ab", "control character")]
    public async Task BadParametersGet400WithAPlainMessage(string url, string message)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATooLongTitleGets400()
    {
        using var response = await Client.GetAsync("charts/funding-split.svg?title=" + new string('x', 151));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheIndexListsEveryChartWithItsParameters()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("charts"));
        var charts = json.RootElement.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["funding-split", "funding-trend", "categories", "co-financing"], charts);
        var layouts = json.RootElement.GetProperty("charts").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!, c => c.GetProperty("layouts").EnumerateArray().Select(l => l.GetString()).ToList());
        Assert.Equal(["stacked", "multiples"], layouts["funding-split"]);
        Assert.Equal(["lines", "columns"], layouts["funding-trend"]);
        Assert.Contains("scale", json.RootElement.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task WithoutACubeAChartIs503NotABrokenImage()
    {
        await using var server = await KestrelServer.StartAsync(
            Path.Combine(Path.GetTempPath(), "no-cube-" + Guid.NewGuid().ToString("N") + ".duckdb"));
        using var response = await server.Client.GetAsync("charts/funding-split.png");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("make cube", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFullRenderQueueGets503WithRetryAfterAndTheNextRequestIsDrawn()
    {
        // One renderer, no queue: while a render holds the renderer, a new picture cannot wait and is refused.
        await using var server = await KestrelServer.StartAsync(
            null, "--Charts:MaxConcurrentRenders", "1", "--Charts:RenderQueue", "0", "--Charts:RetryAfterSeconds", "3");
        var gate = server.Services.GetRequiredService<ChartService>().Renders;
        using var release = new ManualResetEventSlim();
        var held = Task.Run(() => gate.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), CancellationToken.None));
        await Until(() => gate.Started == 1);

        using var refused = await server.Client.GetAsync("charts/funding-split.png?title=busy");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter!.Delta);
        Assert.Contains("busy", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        release.Set();
        Assert.True(await held);
        using var drawn = await server.Client.GetAsync("charts/funding-split.png?title=busy"); // a refusal is not cached
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        Assert.Equal("image/png", drawn.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task AClientThatGoesAwayLeavesTheQueueAndItsChartIsNeverDrawn()
    {
        await using var server = await KestrelServer.StartAsync(null, "--Charts:MaxConcurrentRenders", "1", "--Charts:RenderQueue", "4");
        var charts = server.Services.GetRequiredService<ChartService>();
        var gate = charts.Renders;
        using var release = new ManualResetEventSlim();
        var held = Task.Run(() => gate.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), CancellationToken.None));
        await Until(() => gate.Started == 1);

        using var leaving = new CancellationTokenSource();
        var request = server.Client.GetAsync("charts/categories.png?layout=heatmap&title=gone", leaving.Token);
        await Until(() => gate.InFlight == 2); // the request waits for the renderer
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        await Until(() => gate.InFlight == 1); // the server noticed: the waiting render left the queue
        release.Set();
        Assert.True(await held);
        Assert.Equal(1, gate.Started); // only the held one ever drew
        Assert.Equal(0, charts.CachedCount); // and nothing half-done was kept
    }

    /// <summary>Waits for a condition the server reaches on its own (fails after 20 s rather than hanging).</summary>
    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the server did not get there within 20 s");
    }

    private async Task<string> ETag(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }
}
