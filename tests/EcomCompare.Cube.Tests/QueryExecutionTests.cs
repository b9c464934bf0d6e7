using System.Numerics;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using EcomCompare.Cube.Sql;
using EcomCompare.Cube.Store;

namespace EcomCompare.Cube.Tests;

/// <summary>
/// How a cube query fails and what it returns, on the real sandboxed server connection: the failure class rests
/// on what DuckDB says the error is, since DuckDB.NET reports parser and permission errors alike as
/// <see cref="DuckDBErrorType.Invalid"/>; HUGEINT leaves the cube as <see cref="Int128"/>, never BigInteger.
/// </summary>
[Collection(CubeCollection.Name)]
public sealed class QueryExecutionTests(CubeFixture cube)
{
    [Theory]
    // Values a request can bring in that DuckDB cannot evaluate: the client's mistake.
    [InlineData("SELECT CAST($1 AS INTEGER)", "abc", CubeQueryFailure.ClientMistake)]
    [InlineData("SELECT CAST(2147483647 AS INTEGER) * CAST($1 AS INTEGER)", 2, CubeQueryFailure.ClientMistake)]
    [InlineData("SELECT \"Year\" + $1 FROM budget_lines", "x", CubeQueryFailure.ClientMistake)]
    // SQL that we generated and DuckDB refused: ours, whatever the request was.
    [InlineData("SELEC 1", null, CubeQueryFailure.EngineFault)]
    [InlineData("SELECT * FROM no_such_relation", null, CubeQueryFailure.EngineFault)]
    [InlineData("SELECT * FROM read_csv('/etc/hostname')", null, CubeQueryFailure.EngineFault)]
    public void AFailedQueryIsClassifiedByWhatDuckDbSaysItIs(string sql, object? value, CubeQueryFailure expected)
    {
        using var lease = cube.Store.Lease();
        lease.Broken = true;
        var error = Assert.Throws<CubeQueryException>(() =>
        {
            using var reader = lease.Connection.ExecuteReader(new SqlStatement(sql, value is null ? [] : [value]), timeoutSeconds: 5);
            while (reader.Read())
            {
            }
        });
        Assert.Equal(expected, error.Failure);
        Assert.IsType<DuckDBException>(error.InnerException);
    }

    [Theory]
    // Each kind of failure in the service's own words: no engine type names (INT32), no settings advice, no SQL.
    // (DuckDB answers a division by zero with NULL, as OData's null semantics expect: no error to word.)
    [InlineData(
        "SELECT CAST(2147483647 AS INTEGER) * CAST($1 AS INTEGER)", 2147483647,
        "a number went out of range — an arithmetic result (e.g. a product of large numbers) is too large for its type")]
    [InlineData(
        "SELECT CAST($1 AS INTEGER)", "abc", "a value could not be converted to the type the expression needs (e.g. text that is not a number)")]
    [InlineData(
        "SELECT CAST($1 AS DECIMAL(4,1))", 99999, "a value could not be converted to the type the expression needs (e.g. text that is not a number)")]
    [InlineData(
        "SELECT CAST($1 AS BIGINT) * 9223372036854775807", 2L,
        "a number went out of range — an arithmetic result (e.g. a product of large numbers) is too large for its type")]
    public void AFailureIsDescribedInTheServicesOwnWords(string sql, object value, string expected)
    {
        using var lease = cube.Store.Lease();
        lease.Broken = true;
        var error = Assert.Throws<CubeQueryException>(() =>
        {
            using var reader = lease.Connection.ExecuteReader(new SqlStatement(sql, [value]), timeoutSeconds: 5);
            while (reader.Read())
            {
            }
        });
        Assert.Equal(expected, error.Message);
        Assert.Contains("Error", error.InnerException!.Message, StringComparison.Ordinal); // the engine's own text, for the log
    }

    [Fact]
    public void RunningOutOfMemoryIsUnavailableAndSaysSoWithoutTheEnginesAdvice()
    {
        // A copy of the cube under a small memory limit (DuckDB applies it to the database instance, which DuckDB.NET
        // shares per path: the fixture's own path would keep its limit). A group per row of twenty million.
        var copy = System.IO.Path.Combine(cube.Directory.FullName, "small-memory.duckdb");
        File.Copy(cube.Path, copy, overwrite: true);
        using var store = new CubeStore(new CubeStoreOptions { Path = copy, MemoryLimit = "32MB" });
        using var lease = store.Lease();
        lease.Broken = true;
        var error = Assert.Throws<CubeQueryException>(() =>
        {
            using var reader = lease.Connection.ExecuteReader(
                new SqlStatement("SELECT r % $1 AS g, COUNT(*) FROM range(20000000) t(r) GROUP BY g", [20_000_000L]), timeoutSeconds: 60);
            while (reader.Read())
            {
            }
        });
        Assert.Equal(CubeQueryFailure.Unavailable, error.Failure);
        Assert.Equal("the query needs more memory than the service allows for all queries at once", error.Message);
        Assert.Contains("memory", error.InnerException!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ParserAndPermissionErrorsLookAlikeToTheProviderButNotInDuckDbsOwnWords()
    {
        // The reason the classification reads DuckDB's message: the provider's ErrorType is the same for both.
        using var lease = cube.Store.Lease();
        lease.Broken = true;
        var parser = Raw(lease, "SELEC 1");
        var permission = Raw(lease, "SELECT * FROM read_csv('/etc/hostname')");
        Assert.Equal(DuckDBErrorType.Invalid, parser.ErrorType);
        Assert.Equal(DuckDBErrorType.Invalid, permission.ErrorType);
        Assert.Equal(DuckDBErrorType.Parser, QueryErrors.TypeNamedIn(parser.Message));
        Assert.Equal(DuckDBErrorType.Permission, QueryErrors.TypeNamedIn(permission.Message));
    }

    [Fact]
    public void ASumOverIntegersComesOutAsInt128()
    {
        using var lease = cube.Store.Lease();
        using var reader = lease.Connection.ExecuteReader(new SqlStatement("SELECT SUM(\"Year\") AS y, COUNT(*) AS n FROM budget_lines", []));
        Assert.True(reader.Read());
        Assert.Equal(typeof(Int128), reader.GetFieldType(0));
        var sum = Assert.IsType<Int128>(reader.GetValue(0));
        var values = new object[2];
        reader.GetValues(values);
        Assert.IsType<Int128>(values[0]);
        Assert.Equal((long)sum, reader.GetInt64(0));
        Assert.Equal((decimal)sum, reader.GetDecimal(0));
        Assert.True(sum > reader.GetInt64(1) * 2020, "every year is after 2020");
    }

    [Fact]
    public async Task ACancelledQueryIsInterruptedAndReportsTheCancellation()
    {
        using var lease = cube.Store.Lease();
        lease.Broken = true;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var slow = new SqlStatement("SELECT COUNT(*) FROM range(0, 100000000000) a(i) WHERE i % 7 = $1", [8]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            using var reader = await lease.Connection.ExecuteReaderAsync(slow, timeoutSeconds: 0, cancel.Token);
            while (reader.Read())
            {
            }
        });
    }

    [Fact]
    public async Task AQueryPastItsTimeLimitFailsWithTimeoutNotWithAShortResult()
    {
        using var lease = cube.Store.Lease();
        lease.Broken = true;
        var slow = new SqlStatement("SELECT i FROM range(0, 100000000000) a(i) WHERE i % 1000 = $1", [0]);
        var error = await Assert.ThrowsAsync<CubeQueryException>(async () =>
        {
            using var reader = await lease.Connection.ExecuteReaderAsync(slow, timeoutSeconds: 1, CancellationToken.None);
            while (reader.Read())
            {
            }
        });
        Assert.Equal(CubeQueryFailure.Timeout, error.Failure);
        Assert.Equal(TimeSpan.FromSeconds(1), error.TimeLimit);
        Assert.True(error.RanFor >= error.TimeLimit);
    }

    private static DuckDBException Raw(CubeLease lease, string sql)
    {
        using var command = lease.Connection.Native.CreateCommand();
        command.CommandText = sql;
        return Assert.ThrowsAny<DuckDBException>(() => command.ExecuteNonQuery());
    }
}
