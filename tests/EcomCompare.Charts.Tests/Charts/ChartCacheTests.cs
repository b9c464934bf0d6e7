using System.Net;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Store;
using EcomCompare.Ingestion;
using EcomCompare.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>The in-memory chart cache: kept while the cube stays, dropped when a rebuilt cube is swapped in.</summary>
public sealed class ChartCacheTests
{
    [Fact]
    public async Task TheCacheIsDroppedWhenARebuiltCubeIsSwappedIn()
    {
        var directory = Directory.CreateTempSubdirectory("ecomcompare-chart-cache-");
        try
        {
            var path = TestCube.BuildInto(directory.FullName);
            await using var server = await KestrelServer.StartAsync(path);
            var charts = server.Services.GetRequiredService<ChartService>();
            var store = server.Services.GetRequiredService<CubeStore>();

            using (var first = await server.Client.GetAsync("charts/funding-split.svg"))
            {
                Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            }

            using (var second = await server.Client.GetAsync("charts/funding-split.svg?lang=en"))
            {
                Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            }

            Assert.Equal(2, charts.CachedCount);
            var swapped = 0;
            store.Swapped += _ => swapped++;

            await Task.Delay(20); // a new modification time for the rebuilt file
            CubeBuilder.Build(PlanIngestor.Ingest(RepoPaths.Sources, RepoPaths.Categories), path);
            _ = store.Identity; // what every request does first: notices the new file and swaps it in

            Assert.Equal(1, swapped);
            Assert.Equal(0, charts.CachedCount);
            using var after = await server.Client.GetAsync("charts/funding-split.svg");
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.Equal(1, charts.CachedCount);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
