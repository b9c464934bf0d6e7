using System.Diagnostics;
using System.Net;
using DuckDB.NET.Data;
using EcomCompare.Cube.Store;
using EcomCompare.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.OData.Tests;

/// <summary>
/// The per-query time limit: DuckDB is interrupted and the client gets a 504 OData error, and the server carries
/// on — also when many slow queries run at once (DuckDB.NET ignores CommandTimeout; the cube's watchdog thread
/// interrupts, so a busy thread pool cannot delay it).
/// </summary>
public sealed partial class QueryTimeLimitTests : IAsyncLifetime
{
    // A scan of 1.1 billion rows that finds nothing: little work per row, so DuckDB looks at its interrupt flag often
    // even when sixteen such queries share two cores (the Id test keeps DuckDB from pushing the filter below the
    // view's repetition).
    private const string SlowApply = "filter(contains(ItemName,'no such text') or Id eq -1)/aggregate($count as N)";
    private const int LimitSeconds = 3;
    private DirectoryInfo _directory = null!;
    private KestrelServer _server = null!;

    public async Task InitializeAsync()
    {
        // A copy of the real cube whose budget_lines is a view repeating the real lines 4 million times (1.1 billion
        // rows, generated as they are read: nothing to write), so that a deliberately expensive query runs for many
        // seconds on any machine. A plain DuckDB file at the configured path is served as it is.
        _directory = Directory.CreateTempSubdirectory("ecomcompare-odata-slow-");
        var path = Path.Combine(_directory.FullName, "slow.duckdb");
        File.Copy(TestCube.Path, path); // the live generation's bytes (the cube's path is a link to it)
        using (var connection = new DuckDBConnection($"Data Source={path};enable_external_access=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                ALTER TABLE budget_lines RENAME TO budget_lines_real;
                CREATE VIEW budget_lines AS SELECT b.* REPLACE (b."Id" + 1000 * r.range AS "Id") FROM budget_lines_real b, range(0, 4000000) r;
                CHECKPOINT;
                """;
            command.ExecuteNonQuery();
        }

        // Sixteen places for client queries: the sixteen slow queries below all run at once (the watchdog is what
        // is tested here, not the queue).
        _server = await KestrelServer.StartAsync(
            path, "--Cube:QueryTimeoutSeconds", LimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Cube:MaxConcurrentQueries", "16");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task AQueryOverTheTimeLimitIsInterruptedAndAnsweredWith504()
    {
        using var response = await Http.GetAsync(_server.Client, "odata/BudgetLines?$apply=" + Uri.EscapeDataString(SlowApply));
        var error = await Http.ErrorAsync(response, HttpStatusCode.GatewayTimeout);
        Assert.Equal("QueryTimeout", error.GetProperty("code").GetString());
        Assert.Contains($"{LimitSeconds} s limit", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // The server carries on, on a pooled connection that is not left interrupted.
        var after = await Http.JsonAsync(_server.Client, "odata/Provinces('can-tho')");
        Assert.Equal("can-tho", after.GetProperty("Code").GetString());
    }

    [Fact]
    public async Task SixteenSlowQueriesAtOnceAreEachInterruptedAtTheLimit()
    {
        // Sixteen at once on two cores: each must be stopped by its own limit, not by a timer that waits for a free
        // pool thread. The server says how long each query ran before DuckDB gave up (the limit covers the query,
        // not the queueing before it on a machine this busy); from the client, no answer came before the limit.
        var limit = TimeSpan.FromSeconds(LimitSeconds);
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await Http.GetAsync(_server.Client, $"odata/BudgetLines?$apply={Uri.EscapeDataString(SlowApply)}&n={i}");
            var elapsed = Stopwatch.GetElapsedTime(started);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), Elapsed: elapsed);
        })));

        Assert.All(results, r =>
        {
            Assert.True(r.StatusCode == HttpStatusCode.GatewayTimeout, $"{(int)r.StatusCode}: {r.Body}");
            Assert.Contains("QueryTimeout", r.Body, StringComparison.Ordinal);
            var ranFor = TimeSpan.FromSeconds(double.Parse(RanFor().Match(r.Body).Groups[1].Value,
                System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(
                (ranFor - limit).Duration() <= TimeSpan.FromSeconds(1),
                $"stopped after {ranFor.TotalSeconds} s against a {LimitSeconds} s limit: {r.Body}");
            Assert.True(r.Elapsed >= limit, $"answered after {r.Elapsed.TotalSeconds:0.00} s, before the {LimitSeconds} s limit");
        });
    }

    [Fact]
    public async Task AQueryBeyondTheRunningAndWaitingPlacesIsRefusedWith503AndRetryAfter()
    {
        // A server of its own with two places for client queries and no queue (DuckDB runs a query on a pool
        // thread, so sixteen at once start over seconds, not at once: two are taken deterministically).
        var path = Path.Combine(_directory.FullName, "busy.duckdb");
        File.Copy(Path.Combine(_directory.FullName, "slow.duckdb"), path);
        await using var server = await KestrelServer.StartAsync(
            path, "--Cube:QueryTimeoutSeconds", LimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Cube:MaxConcurrentQueries", "2", "--Cube:MaxQueuedQueries", "0");
        var store = server.Services.GetRequiredService<CubeStore>();
        var cached = await Http.JsonAsync(server.Client, "odata/Provinces('can-tho')"); // now in the response cache
        var slow = Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            using var response = await Http.GetAsync(server.Client, $"odata/BudgetLines?$apply={Uri.EscapeDataString(SlowApply)}&busy={i}");
            return response.StatusCode;
        })).ToList();

        // Both places taken (the server says so), then one more query: refused at once, not queued.
        var clock = Stopwatch.StartNew();
        while (store.Running(CubeWorkload.AdHoc) < 2)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(LimitSeconds), $"only {store.Running(CubeWorkload.AdHoc)} of 2 slow queries started");
            await Task.Delay(20);
        }

        using var refused = await Http.GetAsync(server.Client, "odata/Provinces('binh-dinh')");
        var error = await Http.ErrorAsync(refused, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Busy", error.GetProperty("code").GetString());
        Assert.Equal(
            "The cube is busy: 2 client queries are running and 0 more are waiting. Try again in 5 s.", error.GetProperty("message").GetString());
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);

        // A response the cache holds needs no query, so no place: it is still served.
        var again = await Http.JsonAsync(server.Client, "odata/Provinces('can-tho')");
        Assert.Equal(cached.GetRawText(), again.GetRawText());

        // The dashboard's own queries have places of their own meanwhile.
        using (var own = store.Lease(CubeWorkload.Fixed))
        {
            Assert.Equal(0, store.Waiting(CubeWorkload.Fixed));
        }

        Assert.All(await Task.WhenAll(slow), status => Assert.Equal(HttpStatusCode.GatewayTimeout, status));
        var after = await Http.JsonAsync(server.Client, "odata/Provinces('binh-dinh')");
        Assert.Equal("binh-dinh", after.GetProperty("Code").GetString());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"stopped after (\d+\.\d) s")]
    private static partial System.Text.RegularExpressions.Regex RanFor();
}
