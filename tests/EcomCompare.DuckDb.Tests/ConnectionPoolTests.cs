using System.Collections.Concurrent;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class ConnectionPoolTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    [Fact]
    public async Task Eight_tasks_running_fifty_queries_each_never_share_a_connection_and_all_answers_are_right()
    {
        using var pool = new DuckDbConnectionPool(fixture.Database, maxConnections: 4);
        var inUse = new ConcurrentDictionary<DuckDbConnection, int>();
        var distinct = new ConcurrentDictionary<DuckDbConnection, bool>();
        var tasks = Enumerable.Range(0, 8).Select(task => Task.Run(async () =>
        {
            for (var query = 0; query < 50; query++)
            {
                using var lease = await pool.RentAsync();
                var connection = lease.Connection;
                Assert.True(inUse.TryAdd(connection, task), "a connection was rented to two tasks at once");
                distinct[connection] = true;
                var n = (task * 1000) + query;
                Assert.Equal((long)n * n, Sql.Scalar<long>(connection, "SELECT $1::BIGINT * $1::BIGINT", n));
                Assert.True(inUse.TryRemove(connection, out _));
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        Assert.InRange(distinct.Count, 1, 4);
        Assert.Equal(distinct.Count, pool.IdleCount);
    }

    [Fact]
    public async Task Rent_waits_while_every_connection_is_rented()
    {
        using var pool = new DuckDbConnectionPool(fixture.Database, maxConnections: 1);
        var first = pool.Rent();
        var second = pool.RentAsync().AsTask();
        await Task.Delay(100);
        Assert.False(second.IsCompleted);
        var firstConnection = first.Connection;
        first.Dispose();
        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Same(firstConnection, lease.Connection); // reused, not reopened
    }

    [Fact]
    public void A_returned_connection_comes_back_clean_without_reader_or_pending_transaction()
    {
        using var pool = new DuckDbConnectionPool(fixture.Database, maxConnections: 1);
        using (var lease = pool.Rent())
        {
            Sql.Execute(lease.Connection, "CREATE TEMP TABLE scratch(i INTEGER)");
            lease.Connection.BeginTransaction();
            Sql.Execute(lease.Connection, "INSERT INTO scratch VALUES (1)");
            var command = Sql.Command(lease.Connection, "SELECT * FROM range(100000)");
            command.ExecuteReader().Read(); // left open on purpose
        }

        using var again = pool.Rent();
        Assert.Equal(0L, Sql.Scalar<long>(again.Connection, "SELECT count(*) FROM scratch"));
        using var transaction = again.Connection.BeginTransaction();
    }

    [Fact]
    public void A_lease_disposed_twice_returns_its_connection_once()
    {
        using var pool = new DuckDbConnectionPool(fixture.Database, maxConnections: 2);
        var lease = pool.Rent();
        lease.Dispose();
        lease.Dispose();
        Assert.Equal(1, pool.IdleCount);
        Assert.Throws<ObjectDisposedException>(() => lease.Connection);
        using var a = pool.Rent();
        using var b = pool.Rent();
        Assert.NotSame(a.Connection, b.Connection);
    }

    [Fact]
    public void Disposing_the_pool_closes_idle_connections_and_refuses_new_rents()
    {
        var pool = new DuckDbConnectionPool(fixture.Database, maxConnections: 2);
        var rented = pool.Rent();
        DuckDbConnection idle;
        using (var lease = pool.Rent())
        {
            idle = lease.Connection;
        }

        Assert.Equal(1, pool.IdleCount);
        pool.Dispose();
        Assert.Equal(System.Data.ConnectionState.Closed, idle.State);
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
        var stillRented = rented.Connection;
        Assert.Equal(1, Sql.Scalar<int>(stillRented, "SELECT 1"));
        rented.Dispose();
        Assert.Equal(System.Data.ConnectionState.Closed, stillRented.State);
    }
}
