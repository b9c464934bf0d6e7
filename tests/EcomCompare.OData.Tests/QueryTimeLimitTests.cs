using System.Diagnostics;
using System.Net;
using DuckDB.NET.Data;
using EcomCompare.Testing;

namespace EcomCompare.OData.Tests;

/// <summary>
/// The per-query time limit: DuckDB is interrupted and the client gets a 504 OData error, and the server carries
/// on — also when many slow queries run at once (DuckDB.NET ignores CommandTimeout; the cube's watchdog thread
/// interrupts, so a busy thread pool cannot delay it).
/// </summary>
public sealed class QueryTimeLimitTests : IAsyncLifetime
{
    // Each compute doubles the string; the filter then scans some 20 GB of text (the Id test keeps DuckDB from
    // pushing it below the view's repetition).
    private const string SlowApply = "compute(concat(ItemName,ItemName) as A)/compute(concat(A,A) as B)/compute(concat(B,B) as C)/filter(contains(C,'no such text') or Id eq -1)/aggregate($count as N)";
    private const int LimitSeconds = 3;
    private DirectoryInfo _directory = null!;
    private KestrelServer _server = null!;

    public async Task InitializeAsync()
    {
        // A copy of the real cube whose budget_lines is a view repeating the real lines 40,000 times (11.5 million
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
                CREATE VIEW budget_lines AS SELECT b.* REPLACE (b."Id" + 1000 * r.range AS "Id") FROM budget_lines_real b, range(0, 40000) r;
                CHECKPOINT;
                """;
            command.ExecuteNonQuery();
        }

        _server = await KestrelServer.StartAsync(path, "--Cube:QueryTimeoutSeconds", LimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

        var after = await Http.JsonAsync(_server.Client, "odata/BudgetLines?$apply=aggregate($count as N)");
        Assert.Equal(287L * 40000, after.GetProperty("value")[0].GetProperty("N").GetInt64());
    }

    [Fact]
    public async Task SixteenSlowQueriesAtOnceAreEachInterruptedAtTheLimit()
    {
        // Sixteen at once on two cores: each must be stopped by its own limit, not by a timer that waits for a free
        // pool thread. Measured from each request's start, relative to the configured limit.
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
            Assert.True((r.Elapsed - limit).Duration() <= TimeSpan.FromSeconds(1),
                $"interrupted after {r.Elapsed.TotalSeconds:0.00} s against a {LimitSeconds} s limit; all: {string.Join(", ", results.Select(x => x.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
        });
    }
}
