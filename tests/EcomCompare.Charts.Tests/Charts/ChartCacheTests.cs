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
            Assert.Equal(0, charts.AnswerCount);
            using var after = await server.Client.GetAsync("charts/funding-split.svg");
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.Equal(1, charts.CachedCount);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task OneViewDrawnWithAnotherTitleSizeOrFormatAsksTheCubeOnce()
    {
        await using var server = await KestrelServer.StartAsync(TestCube.Path);
        var charts = server.Services.GetRequiredService<ChartService>();
        string[] sameView =
        [
            "charts/funding-split.svg?provinces=thai-binh,can-tho",
            "charts/funding-split.png?provinces=thai-binh,can-tho",
            "charts/funding-split.svg?provinces=thai-binh,can-tho&title=Report%20figure%203",
            "charts/funding-split.png?provinces=thai-binh,can-tho&width=1200&height=700&scale=2",
        ];
        var bodies = new List<string>();
        foreach (var address in sameView)
        {
            using var response = await server.Client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(Convert.ToBase64String(await response.Content.ReadAsByteArrayAsync()));
        }

        Assert.Equal(4, charts.CachedCount); // four pictures…
        Assert.Equal(1, charts.AnswerCount); // …from one answer
        Assert.Equal(4, bodies.Distinct().Count());

        using (var other = await server.Client.GetAsync("charts/funding-split.svg?provinces=thai-binh"))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        Assert.Equal(2, charts.AnswerCount); // another slice is another question
    }
}
