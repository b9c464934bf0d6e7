using System.Net;
using EcomCompare.DuckDb;
using EcomCompare.Testing;

namespace EcomCompare.OData.Tests;

/// <summary>The per-query time limit: DuckDB is interrupted and the client gets a 504 OData error, and the server carries on.</summary>
public sealed class QueryTimeLimitTests : IAsyncLifetime
{
    private DirectoryInfo _directory = null!;
    private KestrelServer _server = null!;

    public async Task InitializeAsync()
    {
        // A copy of the real cube whose budget_lines is a view repeating the real lines 40,000 times (11.5 million
        // rows, generated as they are read: nothing to write), so that a deliberately expensive query runs for many
        // seconds on any machine.
        _directory = Directory.CreateTempSubdirectory("ecomcompare-odata-slow-");
        var path = Path.Combine(_directory.FullName, "slow.duckdb");
        File.Copy(TestCube.Path, path);
        using (var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Path = path, EnableExternalAccess = false }))
        using (var connection = database.Connect())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                ALTER TABLE budget_lines RENAME TO budget_lines_real;
                CREATE VIEW budget_lines AS SELECT b.* REPLACE (b."Id" + 1000 * r.range AS "Id") FROM budget_lines_real b, range(0, 40000) r;
                CHECKPOINT;
                """;
            command.ExecuteNonQuery();
        }

        _server = await KestrelServer.StartAsync(path, "--Cube:QueryTimeoutSeconds", "1");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task AQueryOverTheTimeLimitIsInterruptedAndAnsweredWith504()
    {
        // Each compute doubles the string; the filter then scans some 20 GB of text (the Id test keeps DuckDB from
        // pushing it below the view's repetition).
        const string apply = "compute(concat(ItemName,ItemName) as A)/compute(concat(A,A) as B)/compute(concat(B,B) as C)/filter(contains(C,'no such text') or Id eq -1)/aggregate($count as N)";
        var started = DateTime.UtcNow;
        using var response = await Http.GetAsync(_server.Client, "odata/BudgetLines?$apply=" + Uri.EscapeDataString(apply));
        var error = await Http.ErrorAsync(response, HttpStatusCode.GatewayTimeout);
        Assert.Equal("QueryTimeout", error.GetProperty("code").GetString());
        Assert.Contains("1 s limit", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), $"interrupted only after {DateTime.UtcNow - started}");

        var after = await Http.JsonAsync(_server.Client, "odata/BudgetLines?$apply=aggregate($count as N)");
        Assert.Equal(287L * 40000, after.GetProperty("value")[0].GetProperty("N").GetInt64());
    }
}
