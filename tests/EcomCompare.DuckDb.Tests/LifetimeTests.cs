using System.Data;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class LifetimeTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    [Fact]
    public void Disposing_a_connection_twice_is_fine_and_using_it_afterwards_throws_ObjectDisposedException()
    {
        var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 1");
        connection.Dispose();
        connection.Dispose();
        Assert.Equal(ConnectionState.Closed, connection.State);
        Assert.Throws<ObjectDisposedException>(connection.Open);
        Assert.Throws<ObjectDisposedException>(() => connection.CreateCommand());
        Assert.Throws<ObjectDisposedException>(() => command.ExecuteScalar());
    }

    [Fact]
    public void Disposing_a_command_twice_is_fine_and_executing_it_afterwards_throws_ObjectDisposedException()
    {
        using var connection = fixture.Connect();
        var command = Sql.Command(connection, "SELECT 1");
        command.Prepare();
        command.Dispose();
        command.Dispose();
        Assert.Throws<ObjectDisposedException>(() => command.ExecuteScalar());
    }

    [Fact]
    public void Disposing_a_reader_twice_is_fine_and_reading_afterwards_throws_ObjectDisposedException()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT * FROM range(5000)");
        var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        reader.Dispose();
        reader.Dispose();
        Assert.True(reader.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => reader.Read());
        Assert.Throws<ObjectDisposedException>(() => reader.GetInt64(0));
        Assert.Equal(3, Sql.Scalar<int>(connection, "SELECT 3")); // the connection is free for the next command
    }

    [Fact]
    public void Disposing_a_connection_with_an_open_reader_closes_the_reader_first()
    {
        var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT * FROM range(100000)");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        connection.Dispose();
        Assert.True(reader.IsClosed);
        Assert.Throws<ObjectDisposedException>(() => reader.Read());
    }

    [Fact]
    public void Disposing_a_prepared_command_while_its_reader_streams_keeps_the_reader_working()
    {
        using var connection = fixture.Connect();
        var command = Sql.Command(connection, "SELECT * FROM range(100000)");
        command.Prepare();
        using var reader = command.ExecuteReader();
        command.Dispose(); // the result holds the prepared statement until the reader is done
        long rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        Assert.Equal(100000, rows);
    }

    [Fact]
    public void A_second_reader_on_the_same_connection_is_refused_while_the_first_is_open()
    {
        using var connection = fixture.Connect();
        using var first = Sql.Command(connection, "SELECT * FROM range(100000)");
        using var reader = first.ExecuteReader();
        var error = Assert.Throws<InvalidOperationException>(() => Sql.Scalar(connection, "SELECT 1"));
        Assert.Contains("open DuckDbDataReader", error.Message, StringComparison.Ordinal);
        Assert.True(reader.Read());
        reader.Close();
        Assert.Equal(1, Sql.Scalar(connection, "SELECT 1"));
    }

    [Fact]
    public void CommandBehavior_CloseConnection_closes_the_connection_with_the_reader()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 1");
        using (var reader = command.ExecuteReader(CommandBehavior.CloseConnection))
        {
            Assert.True(reader.Read());
        }

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public void A_closed_connection_from_a_database_can_be_reopened_and_its_prepared_commands_prepare_again()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT ? * 2", 21);
        command.Prepare();
        Assert.Equal(42, command.ExecuteScalar());
        connection.Close();
        Assert.Throws<InvalidOperationException>(() => command.ExecuteScalar());
        connection.Open();
        Assert.Equal(42, command.ExecuteScalar());
    }

    [Fact]
    public void Disposing_a_database_refuses_new_connections_but_waits_for_open_ones_before_closing()
    {
        var database = DuckDbDatabase.Open((string?)null);
        var connection = database.Connect();
        Sql.Execute(connection, "CREATE TABLE kept AS SELECT 5 AS v");
        database.Dispose();
        database.Dispose();
        Assert.True(database.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => database.Connect());
        Assert.False(database.IsNativeClosed);
        Assert.Equal(5, Sql.Scalar<int>(connection, "SELECT v FROM kept")); // still fully usable
        Assert.Equal(1, database.OpenConnectionCount);
        connection.Dispose();
        Assert.Equal(0, database.OpenConnectionCount);
        Assert.True(database.IsNativeClosed);
    }

    [Fact]
    public void A_database_without_connections_closes_at_once_when_disposed()
    {
        var database = DuckDbDatabase.Open((string?)null);
        database.Connect().Dispose();
        database.Dispose();
        Assert.True(database.IsNativeClosed);
    }

    [Fact]
    public void Abandoned_readers_commands_and_connections_are_finalized_without_crashing_or_double_freeing()
    {
        var database = DuckDbDatabase.Open((string?)null);
        LeakSomeObjects(database);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using (var connection = database.Connect())
        {
            Assert.Equal(9, Sql.Scalar<int>(connection, "SELECT 9"));
        }

        database.Dispose();
    }

    private static void LeakSomeObjects(DuckDbDatabase database)
    {
        for (var i = 0; i < 20; i++)
        {
            var connection = database.Connect();
            var command = Sql.Command(connection, "SELECT * FROM range(10000)");
            command.Prepare();
            var reader = command.ExecuteReader();
            reader.Read();
            GC.KeepAlive(reader);
        }
    }
}
