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
            // Never stopped before its limit; how long after it depends on how busy the machine is, so no upper bound
            // here beyond the 504 itself (the watchdog's promptness is measured in make bench, not asserted).
            Assert.True(
                ranFor >= limit - TimeSpan.FromSeconds(0.05), $"stopped after {ranFor.TotalSeconds} s against a {LimitSeconds} s limit: {r.Body}");
            Assert.True(r.Elapsed >= limit, $"answered after {r.Elapsed.TotalSeconds:0.00} s, before the {LimitSeconds} s limit");
        });
    }

    [Fact]
    public async Task AQueryBeyondTheRunningAndWaitingPlacesIsRefusedWith503AndRetryAfter()
    {
        // A server of its own with two places for client queries and no queue. The test takes both places itself
        // and holds them until it lets go: they stay taken however busy the machine is (slow queries racing a time
        // limit would not), and the server's own count says so before the next query is sent.
        var path = Path.Combine(_directory.FullName, "busy.duckdb");
        File.Copy(TestCube.Path, path);
        await using var server = await KestrelServer.StartAsync(path, "--Cube:MaxConcurrentQueries", "2", "--Cube:MaxQueuedQueries", "0");
        var store = server.Services.GetRequiredService<CubeStore>();
        var cached = await Http.JsonAsync(server.Client, "odata/Provinces('can-tho')"); // now in the response cache

        var held = new List<CubeLease>();
        try
        {
            held.Add(await store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None));
            held.Add(await store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None));
            Assert.Equal(2, store.Running(CubeWorkload.AdHoc));

            // Both places taken, then one more query: refused at once, not queued.
            using var refused = await Http.GetAsync(server.Client, "odata/Provinces('binh-dinh')");
            var error = await Http.ErrorAsync(refused, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("Busy", error.GetProperty("code").GetString());
            Assert.Equal(
                "The cube is busy: 2 client queries are running and 0 more are waiting. Try again in 5 s.", error.GetProperty("message").GetString());
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
            Assert.Equal(0, store.Waiting(CubeWorkload.AdHoc));

            // A response the cache holds needs no query, so no place: it is still served.
            var again = await Http.JsonAsync(server.Client, "odata/Provinces('can-tho')");
            Assert.Equal(cached.GetRawText(), again.GetRawText());

            // The dashboard's own queries have places of their own meanwhile.
            using (var own = store.Lease(CubeWorkload.Fixed))
            {
                Assert.Equal(0, store.Waiting(CubeWorkload.Fixed));
            }
        }
        finally
        {
            held.ForEach(lease => lease.Dispose());
        }

        // Places given back: the same query is answered.
        Assert.Equal(0, store.Running(CubeWorkload.AdHoc));
        var after = await Http.JsonAsync(server.Client, "odata/Provinces('binh-dinh')");
        Assert.Equal("binh-dinh", after.GetProperty("Code").GetString());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"stopped after (\d+\.\d) s")]
    private static partial System.Text.RegularExpressions.Regex RanFor();
}
