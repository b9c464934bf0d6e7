using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Store;
using EcomCompare.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.OData.Tests;

/// <summary>Rebuilding the cube file under the running server while requests keep coming: none fails, new ones see the new build.</summary>
public sealed class RebuildUnderLoadTests : IAsyncLifetime
{
    private DirectoryInfo _directory = null!;
    private KestrelServer _server = null!;

    public async Task InitializeAsync()
    {
        _directory = Directory.CreateTempSubdirectory("ecomcompare-odata-rebuild-");
        _server = await KestrelServer.StartAsync(TestCube.BuildInto(_directory.FullName), "--OData:PageSize", "40");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task RebuildsUnderConcurrentRequestsFailNoneAndNewRequestsSeeTheNewBuild()
    {
        var store = _server.Services.GetRequiredService<CubeStore>();
        var before = store.Identity;
        var failures = new ConcurrentQueue<string>();
        var answered = 0;
        using var stop = new CancellationTokenSource();

        // Six clients: aggregations with exact expected figures, and full paging walks (every row exactly once,
        // continuing by $skiptoken across whichever build answers the next page).
        var clients = Enumerable.Range(0, 6).Select(client => Task.Run(async () =>
        {
            for (var round = 0; !stop.IsCancellationRequested && round < 10_000; round++)
            {
                try
                {
                    if ((client + round) % 3 == 0)
                    {
                        var (rows, _) = await Http.AllPagesAsync(_server.Client, "odata/BudgetLines?$select=Id&$orderby=Amount desc");
                        var ids = rows.Select(r => r.GetProperty("Id").GetInt64()).Order().ToList();
                        if (!ids.SequenceEqual(Enumerable.Range(1, 287).Select(i => (long)i)))
                        {
                            failures.Enqueue($"paging walk read {ids.Count} rows, {ids.Distinct().Count()} distinct");
                        }
                    }
                    else
                    {
                        using var response = await Http.GetAsync(
                            _server.Client, "odata/BudgetLines?$apply=groupby((ProvinceCode),aggregate(Amount with sum as Total))");
                        var body = await response.Content.ReadAsStringAsync();
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            failures.Enqueue($"{(int)response.StatusCode}: {body}");
                            continue;
                        }

                        var totals = JsonDocument.Parse(body).RootElement.GetProperty("value").EnumerateArray().Select(
                            r => r.GetProperty("Total").GetDecimal()).ToList();
                        if (!totals.SequenceEqual([6860m, 5241.5m, 4890m]))
                        {
                            failures.Enqueue("wrong totals: " + string.Join(", ", totals));
                        }
                    }

                    Interlocked.Increment(ref answered);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
                {
                    failures.Enqueue(e.GetType().Name + ": " + e.Message);
                }
            }
        })).ToList();

        var identities = new List<CubeIdentity>();
        for (var rebuild = 0; rebuild < 3; rebuild++)
        {
            await Task.Delay(700);
            TestCube.BuildInto(_directory.FullName); // a new generation beside the live one; the cube's link renamed over
            await Task.Delay(300);
            identities.Add(store.Identity);
        }

        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.True(failures.IsEmpty, $"{failures.Count} failures, e.g.: {string.Join(" | ", failures.Take(5))}");
        Assert.True(answered > 20, $"only {answered} requests were answered during the rebuilds");
        Assert.Equal(3, identities.Select(i => i.BuiltAt).Distinct().Count());
        Assert.All(identities, i => Assert.True(i.BuiltAt > before.BuiltAt));

        using var fresh = await Http.GetAsync(_server.Client, "odata/FundingSplits");
        Assert.Equal(identities[^1].BuiltAt.ToUnixTimeSeconds(), fresh.Content.Headers.LastModified!.Value.ToUnixTimeSeconds());

        // Each build wrote its own generation; the server closed and deleted every one it had finished with, so
        // the pointer and the live generation are all that is left.
        var cube = Path.Combine(_directory.FullName, "cube.duckdb");
        var live = Path.GetFileName(new FileInfo(cube).LinkTarget);
        Assert.Equal(new[] { "cube.duckdb", live }.Order(StringComparer.Ordinal),
            _directory.EnumerateFileSystemInfos().Select(f => f.Name).Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal));
    }
}
