using System.Data;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class TransactionTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    [Fact]
    public void Rollback_discards_the_rows_inserted_in_the_transaction()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE t(i INTEGER); INSERT INTO t VALUES (1)");
        using (var transaction = connection.BeginTransaction())
        {
            Sql.Execute(connection, "INSERT INTO t VALUES (2), (3)");
            Assert.Equal(3L, Sql.Scalar<long>(connection, "SELECT count(*) FROM t"));
            transaction.Rollback();
            Assert.Null(transaction.Connection);
        }

        Assert.Equal(1L, Sql.Scalar<long>(connection, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void Commit_makes_the_rows_visible_to_other_connections()
    {
        using var writer = fixture.Connect();
        using var observer = fixture.Connect();
        Sql.Execute(writer, "CREATE OR REPLACE TABLE committed_rows(i INTEGER)");
        using (var transaction = writer.BeginTransaction())
        {
            Sql.Execute(writer, "INSERT INTO committed_rows VALUES (1), (2)");
            Assert.Equal(0L, Sql.Scalar<long>(observer, "SELECT count(*) FROM committed_rows")); // snapshot isolation
            transaction.Commit();
        }

        Assert.Equal(2L, Sql.Scalar<long>(observer, "SELECT count(*) FROM committed_rows"));
    }

    [Fact]
    public void Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE t(i INTEGER)");
        using (connection.BeginTransaction())
        {
            Sql.Execute(connection, "INSERT INTO t VALUES (1)");
        }

        Assert.Equal(0L, Sql.Scalar<long>(connection, "SELECT count(*) FROM t"));
        using var next = connection.BeginTransaction(); // and a new one can begin
        Assert.Equal(IsolationLevel.Snapshot, next.IsolationLevel);
    }

    [Fact]
    public void Transactions_do_not_nest_and_complete_only_once()
    {
        using var connection = fixture.Connect();
        using var transaction = connection.BeginTransaction();
        Assert.Throws<InvalidOperationException>(() => connection.BeginTransaction());
        transaction.Commit();
        Assert.Throws<InvalidOperationException>(transaction.Commit);
        Assert.Throws<InvalidOperationException>(transaction.Rollback);
    }

    [Fact]
    public void Isolation_levels_other_than_snapshot_are_refused()
    {
        using var connection = fixture.Connect();
        Assert.Throws<NotSupportedException>(() => connection.BeginTransaction(IsolationLevel.ReadUncommitted));
        using var snapshot = connection.BeginTransaction(IsolationLevel.Snapshot);
        Assert.Same(connection, snapshot.Connection);
    }

    [Fact]
    public void A_command_with_a_completed_transaction_is_refused()
    {
        using var connection = fixture.Connect();
        var transaction = connection.BeginTransaction();
        using var command = Sql.Command(connection, "SELECT 1");
        command.Transaction = transaction;
        Assert.Equal(1, command.ExecuteScalar());
        transaction.Commit();
        Assert.Throws<InvalidOperationException>(() => command.ExecuteScalar());
    }
}
