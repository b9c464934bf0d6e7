using System.Globalization;
using System.Net;
using EcomCompare.Cube.Store;
using EcomCompare.OData.Hosting;
using EcomCompare.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.OData.Tests;

/// <summary>ETag and Last-Modified from the cube build, 304s, and the response cache keyed by the normalised query.</summary>
public sealed class CachingTests : IAsyncLifetime
{
    private DirectoryInfo _directory = null!;
    private string _cube = null!;
    private KestrelServer _server = null!;

    public async Task InitializeAsync()
    {
        _directory = Directory.CreateTempSubdirectory("ecomcompare-odata-cache-");
        _cube = TestCube.BuildInto(_directory.FullName);
        _server = await KestrelServer.StartAsync(_cube);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task ResponsesCarryAnETagAndTheCubesBuildTimeAsLastModified()
    {
        using var response = await Http.GetAsync(_server.Client, "odata/FundingSplits");
        Assert.NotNull(response.Headers.ETag);
        var builtAt = _server.Services.GetRequiredService<CubeStore>().Identity.BuiltAt;
        Assert.Equal(
            builtAt.ToString("R", CultureInfo.InvariantCulture), response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task IfNoneMatchWithTheCurrentETagGets304AndNoBody()
    {
        using var first = await Http.GetAsync(_server.Client, "odata/BudgetLines?$top=5");
        var etag = first.Headers.ETag!.Tag;
        using var second = await Http.GetAsync(_server.Client, "odata/BudgetLines?$top=5", Http.PowerQueryAccept, ("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        using var stale = await Http.GetAsync(
            _server.Client, "odata/BudgetLines?$top=5", Http.PowerQueryAccept, ("If-None-Match", "\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        using var since = await Http.GetAsync(
            _server.Client, "odata/BudgetLines?$top=5", Http.PowerQueryAccept, ("If-Modified-Since", DateTimeOffset.UtcNow.AddMinutes(1).ToString(
                "R", CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.NotModified, since.StatusCode);
    }

    [Fact]
    public async Task TheSameQueryWrittenDifferentlyHitsTheSameCacheEntry()
    {
        var endpoint = _server.Services.GetRequiredService<ODataEndpoint>();
        using var first = await Http.GetAsync(_server.Client, "odata/BudgetLines?$filter=Year eq 2022&$select=Id,Amount&$top=7");
        var cached = endpoint.CachedResponses;
        using var second = await Http.GetAsync(_server.Client, "odata/BudgetLines?$top=7&$select=Id%2CAmount&$filter=Year%20eq%202022");
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(cached, endpoint.CachedResponses);
        using var other = await Http.GetAsync(_server.Client, "odata/BudgetLines?$top=8&$select=Id%2CAmount&$filter=Year%20eq%202022");
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
        Assert.Equal(cached + 1, endpoint.CachedResponses);
    }

    [Fact]
    public async Task RebuildingTheCubeChangesTheETagAndDropsTheCache()
    {
        var endpoint = _server.Services.GetRequiredService<ODataEndpoint>();
        string[] targets = ["odata/FundingSplits", "odata/Provinces", "odata/BudgetLines?$top=3", "odata/Categories"];
        var before = new List<string>();
        foreach (var target in targets)
        {
            using var response = await Http.GetAsync(_server.Client, target);
            before.Add(response.Headers.ETag!.Tag);
        }

        Assert.True(endpoint.CachedResponses >= targets.Length);
        await Task.Delay(1100); // a new build time, to the second
        TestCube.BuildInto(_directory.FullName);

        using var after = await Http.GetAsync(_server.Client, targets[0], Http.PowerQueryAccept, ("If-None-Match", before[0]));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode); // the old ETag no longer matches
        Assert.NotEqual(before[0], after.Headers.ETag!.Tag);
        Assert.Equal(1, endpoint.CachedResponses); // dropped when the new cube was swapped in; only this answer since
        Assert.Equal(
            _server.Services.GetRequiredService<CubeStore>().Identity.BuiltAt.ToString("R", CultureInfo.InvariantCulture),
            after.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
    }
}
