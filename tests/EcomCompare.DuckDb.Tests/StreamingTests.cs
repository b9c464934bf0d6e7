using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

[Collection(SerialCollection.Name)]
public sealed class StreamingTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    private const string TwoMillionRows = "SELECT i, i * 1.5::DOUBLE AS d, (i % 1000)::DECIMAL(18,3) AS m, 'row-' || i AS s FROM range(2000000) t(i)";
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Two_million_rows_stream_with_exact_checksums_while_the_managed_heap_stays_flat()
    {
        using var connection = fixture.Connect();
        var expectedTextLength = Sql.Scalar<Int128>(connection, "SELECT sum(strlen('row-' || i)) FROM range(2000000) t(i)");
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        long managedMidway = 0;

        using var command = Sql.Command(connection, TwoMillionRows);
        using var reader = command.ExecuteReader();
        long rows = 0, sumI = 0, textLength = 0;
        double sumD = 0;
        decimal sumM = 0;
        while (reader.Read())
        {
            sumI += reader.GetInt64(0);
            sumD += reader.GetDouble(1);
            sumM += reader.GetDecimal(2);
            textLength += reader.GetString(3).Length;
            if (++rows == 1_000_000)
            {
                managedMidway = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        Assert.Equal(2_000_000, rows);
        Assert.Equal(1_999_999_000_000, sumI);
        Assert.Equal(2_999_998_500_000.0, sumD);
        Assert.Equal(999_000_000.000m, sumM);
        Assert.Equal(expectedTextLength, textLength);

        // As .NET objects these rows would take well over 100 MB; only the current chunk is ever held.
        Assert.True(managedMidway - managedBefore < 8 * MiB, $"managed heap grew by {(managedMidway - managedBefore) / MiB} MiB while streaming");
    }

    [Fact]
    public void The_first_rows_of_a_result_far_too_large_to_materialize_arrive_at_once()
    {
        // 10^12 rows (~8 TB): any implementation that materializes the result (managed OR native) never gets
        // to the first row, and the timeout turns that into a failure instead of a hang.
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT i, 'row-' || i AS label FROM range(1000000000000) t(i)");
        command.CommandTimeout = 20;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var reader = command.ExecuteReader())
        {
            for (long row = 0; row < 100_000; row++)
            {
                Assert.True(reader.Read());
                Assert.Equal(row, reader.GetInt64(0));
            }

            Assert.Equal("row-99999", reader.GetString(1));
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(1L, Sql.Scalar<long>(connection, "SELECT 1::BIGINT")); // disposing mid-stream freed the connection
    }

    [Fact]
    public void DrainChunks_walks_the_raw_chunks_and_counts_the_rows_without_reading_values()
    {
        using var connection = fixture.Connect();
        Assert.Equal(2_000_000, connection.DrainChunks(TwoMillionRows));
        Assert.Equal(0, connection.DrainChunks("SELECT * FROM range(10) WHERE range > 100"));
        Assert.Equal(42L, Sql.Scalar<long>(connection, "SELECT 42::BIGINT")); // the connection is free again
    }

    [Fact]
    public void Rows_spanning_many_chunks_arrive_complete_and_in_order()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT i::INTEGER FROM range(10000) t(i) ORDER BY i");
        using var reader = command.ExecuteReader();
        var expected = 0;
        while (reader.Read())
        {
            Assert.Equal(expected++, reader.GetInt32(0));
        }

        Assert.Equal(10000, expected);
        Assert.False(reader.Read());
    }

    [Fact]
    public void HasRows_reports_whether_the_result_is_empty_before_the_first_Read()
    {
        using var connection = fixture.Connect();
        using (var empty = Sql.Command(connection, "SELECT 1 WHERE false"))
        using (var reader = empty.ExecuteReader())
        {
            Assert.False(reader.HasRows);
            Assert.Equal(1, reader.FieldCount);
            Assert.False(reader.Read());
        }

        using var one = Sql.Command(connection, "SELECT 1");
        using var nonEmpty = one.ExecuteReader();
        Assert.True(nonEmpty.HasRows);
        Assert.True(nonEmpty.Read());
        Assert.False(nonEmpty.Read());
    }

    [Fact]
    public void An_error_raised_while_rows_are_being_produced_surfaces_from_Read_after_the_earlier_rows()
    {
        // A private database with one DuckDB thread: with several, the failing task cancels its siblings and under
        // load DuckDB may report a sibling's "INTERRUPT Error: Interrupted!" instead of the original error (seen on
        // a loaded 2-core machine).
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Threads = 1 });
        using var connection = database.Connect();
        using var command = Sql.Command(connection, "SELECT CASE WHEN i = 150000 THEN error('boom at 150000') ELSE i END FROM range(200000) t(i)");
        using var reader = command.ExecuteReader();
        long rows = 0;
        var error = Assert.Throws<DuckDbException>(() =>
        {
            while (reader.Read())
            {
                rows++;
            }
        });
        Assert.Contains("boom at 150000", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDbErrorType.InvalidInput, error.ErrorType);
        Assert.True(rows >= 2048, $"only {rows} rows arrived before the error: the result was not streamed");
    }
}
