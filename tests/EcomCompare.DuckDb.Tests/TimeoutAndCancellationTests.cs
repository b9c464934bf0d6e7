using System.Diagnostics;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

[Collection(SerialCollection.Name)]
public sealed class TimeoutAndCancellationTests : IDisposable
{
    // Would run for hours: only an interrupt ends it.
    private const string EndlessQuery = "SELECT count(*) FROM range(1000000000) a CROSS JOIN range(1000000000) b WHERE a.range + b.range = 7";

    private readonly DuckDbDatabase _database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Threads = 2 });

    public void Dispose() => _database.Dispose();

    [Fact]
    public void CommandTimeout_interrupts_a_long_query_and_the_connection_still_works_afterwards()
    {
        using var connection = _database.Connect();
        using var command = Sql.Command(connection, EndlessQuery);
        command.CommandTimeout = 1;
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<DuckDbException>(() => command.ExecuteScalar());
        clock.Stop();
        Assert.True(error.IsInterrupted);
        Assert.True(error.IsTimeout);
        Assert.Equal(DuckDbErrorType.Interrupt, error.ErrorType);
        Assert.Contains("time limit of 1 s", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(15));
        Assert.Equal(42, Sql.Scalar<int>(connection, "SELECT 42"));
    }

    [Fact]
    public void CommandTimeout_also_covers_a_consumer_that_reads_too_slowly()
    {
        using var connection = _database.Connect();
        using var command = Sql.Command(connection, "SELECT * FROM range(100000000)");
        command.CommandTimeout = 1;
        using var reader = command.ExecuteReader();
        var error = Assert.Throws<DuckDbException>(() =>
        {
            for (long row = 0; reader.Read(); row++)
            {
                if (row % 20000 == 0)
                {
                    Thread.Sleep(100);
                }
            }
        });
        Assert.True(error.IsTimeout);
    }

    [Fact]
    public void A_finished_command_leaves_no_timer_behind_to_interrupt_the_next_one()
    {
        using var connection = _database.Connect();
        using (var quick = Sql.Command(connection, "SELECT 1"))
        {
            quick.CommandTimeout = 1;
            Assert.Equal(1, quick.ExecuteScalar());
        }

        Thread.Sleep(1300); // the quick command's deadline passes
        using var slower = Sql.Command(connection, "SELECT count(*) FROM range(20000000) a WHERE a.range % 7 = 0");
        slower.CommandTimeout = 0;
        Assert.Equal(2857143L, slower.ExecuteScalar());
    }

    [Fact]
    public void Cancel_from_another_thread_interrupts_the_running_command()
    {
        using var connection = _database.Connect();
        using var command = Sql.Command(connection, EndlessQuery);
        command.CommandTimeout = 0;
        using var cancelling = Task.Run(async () =>
        {
            await Task.Delay(300);
            command.Cancel();
        });
        var error = Assert.Throws<DuckDbException>(() => command.ExecuteScalar());
        Assert.True(error.IsInterrupted);
        Assert.False(error.IsTimeout);
        Assert.Contains("cancelled", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, Sql.Scalar<int>(connection, "SELECT 7"));
    }

    [Fact]
    public async Task A_cancelled_token_interrupts_an_async_command_with_OperationCanceledException()
    {
        using var connection = _database.Connect();
        using var command = Sql.Command(connection, EndlessQuery);
        command.CommandTimeout = 0;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => command.ExecuteScalarAsync(cancellation.Token));
        Assert.Equal(cancellation.Token, error.CancellationToken);
        var inner = Assert.IsType<DuckDbException>(error.InnerException);
        Assert.True(inner.IsInterrupted);
        Assert.Equal(8, Sql.Scalar<int>(connection, "SELECT 8"));
    }

    [Fact]
    public async Task An_already_cancelled_token_runs_nothing()
    {
        using var connection = _database.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE log(i INTEGER)");
        using var command = Sql.Command(connection, "INSERT INTO log VALUES (1)");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => command.ExecuteNonQueryAsync(new CancellationToken(canceled: true)));
        Assert.Equal(0L, Sql.Scalar<long>(connection, "SELECT count(*) FROM log"));
    }

    [Fact]
    public async Task Async_methods_return_the_same_results_as_the_synchronous_ones()
    {
        using var connection = _database.Connect();
        using var command = Sql.Command(connection, "SELECT 40 + 2");
        Assert.Equal(42, await command.ExecuteScalarAsync());
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(42, reader.GetInt32(0));
    }

    [Fact]
    public void CommandTimeout_defaults_to_30_seconds_or_the_connection_strings_value()
    {
        using var connection = _database.Connect();
        Assert.Equal(30, connection.CreateCommand().CommandTimeout);
        using var configured = new DuckDbConnection("Data Source=:memory:;Command Timeout=5");
        Assert.Equal(5, configured.CreateCommand().CommandTimeout);
        Assert.Throws<ArgumentOutOfRangeException>(() => configured.CreateCommand().CommandTimeout = -1);
    }
}
