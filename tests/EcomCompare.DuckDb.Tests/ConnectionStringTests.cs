using System.Data;
using System.Data.Common;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class ConnectionStringTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Two_connection_string_connections_to_one_file_share_a_database_and_see_each_others_tables()
    {
        var path = _temp.File("shared.duckdb");
        using var first = new DuckDbConnection("Data Source=" + path);
        using var second = new DuckDbConnection("DataSource=" + path);
        first.Open();
        second.Open();
        Sql.Execute(first, "CREATE TABLE visits(province VARCHAR); INSERT INTO visits VALUES ('Cần Thơ')");
        Assert.Equal("Cần Thơ", Sql.Scalar<string>(second, "SELECT province FROM visits"));
        Assert.Same(first.CurrentDatabase, second.CurrentDatabase);
        Assert.Equal(2, first.CurrentDatabase!.OpenConnectionCount);
    }

    [Fact]
    public void The_shared_database_closes_with_its_last_connection_so_the_file_can_be_reopened_read_only()
    {
        var path = _temp.File("released.duckdb");
        DuckDbDatabase shared;
        using (var writer = new DuckDbConnection("Data Source=" + path))
        {
            writer.Open();
            shared = writer.CurrentDatabase!;
            Sql.Execute(writer, "CREATE TABLE t AS SELECT 1 AS i");
        }

        Assert.True(shared.IsNativeClosed);
        using var reader = new DuckDbConnection("Data Source=" + path + ";Access Mode=ReadOnly");
        reader.Open();
        Assert.Equal(1, Sql.Scalar<int>(reader, "SELECT i FROM t"));
        Assert.NotSame(shared, reader.CurrentDatabase);
    }

    [Fact]
    public void Opening_an_open_file_again_with_different_settings_is_refused()
    {
        var path = _temp.File("conflict.duckdb");
        using var first = new DuckDbConnection("Data Source=" + path + ";Threads=2");
        first.Open();
        using var second = new DuckDbConnection("Data Source=" + path + ";Threads=3");
        var error = Assert.Throws<InvalidOperationException>(second.Open);
        Assert.Contains("different settings", error.Message, StringComparison.Ordinal);
        Assert.Equal(ConnectionState.Closed, second.State);
    }

    [Fact]
    public void In_memory_connection_strings_give_each_connection_a_private_database()
    {
        using var first = new DuckDbConnection("Data Source=:memory:");
        using var second = new DuckDbConnection();
        first.Open();
        second.Open();
        Sql.Execute(first, "CREATE TABLE only_here(i INTEGER)");
        var error = Assert.Throws<DuckDbException>(() => Sql.Scalar(second, "SELECT * FROM only_here"));
        Assert.Equal(DuckDbErrorType.Catalog, error.ErrorType);
        Assert.Equal("memory", first.Database);
    }

    [Fact]
    public void Connection_string_options_reach_DuckDB()
    {
        var path = _temp.File("options.duckdb");
        using var connection = new DuckDbConnection($"Data Source={path};Threads=2;Memory Limit=1GiB;Enable External Access=false;Lock Configuration=true");
        connection.Open();
        Assert.Equal(2L, Sql.Scalar<long>(connection, "SELECT current_setting('threads')"));
        Assert.Equal("1.0 GiB", Sql.Scalar<string>(connection, "SELECT current_setting('memory_limit')"));
        Assert.False(Sql.Scalar<bool>(connection, "SELECT current_setting('enable_external_access')"));
        Assert.Throws<DuckDbException>(() => Sql.Execute(connection, "SET threads = 4"));
        Assert.Equal(path, connection.DataSource);
        Assert.Equal("options", connection.Database);
    }

    [Fact]
    public void The_builder_accepts_spelling_variants_and_passes_unknown_keys_to_DuckDB()
    {
        var builder = new DuckDbConnectionStringBuilder("data source=/x/y.duckdb;access_mode=read_only;THREADS=4;memorylimit=2GB;Enable External Access=no;preserve_insertion_order=false;Command Timeout=0");
        Assert.Equal("/x/y.duckdb", builder.DataSource);
        Assert.Equal(DuckDbAccessMode.ReadOnly, builder.AccessMode);
        Assert.Equal(4, builder.Threads);
        Assert.Equal("2GB", builder.MemoryLimit);
        Assert.False(builder.EnableExternalAccess);
        Assert.False(builder.LockConfiguration);
        Assert.Equal(0, builder.CommandTimeout);
        var options = builder.ToDatabaseOptions();
        Assert.Equal("false", options.Settings["preserve_insertion_order"]);
        Assert.Single(options.Settings);
        Assert.Throws<ArgumentException>(() => new DuckDbConnectionStringBuilder("Access Mode=sideways").AccessMode);
    }

    [Fact]
    public void A_connection_from_a_DuckDbDatabase_does_not_accept_a_new_connection_string()
    {
        using var database = DuckDbDatabase.Open((string?)null);
        using var connection = database.Connect();
        Assert.Throws<InvalidOperationException>(() => connection.ConnectionString = "Data Source=:memory:");
    }

    [Fact]
    public void The_provider_factory_creates_working_ADO_NET_objects()
    {
        DbProviderFactory factory = DuckDbProviderFactory.Instance;
        using var connection = factory.CreateConnection()!;
        connection.ConnectionString = "Data Source=:memory:";
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT $x * 2";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "x";
        parameter.Value = 21;
        command.Parameters.Add(parameter);
        Assert.Equal(42, command.ExecuteScalar());
        Assert.IsType<DuckDbConnectionStringBuilder>(factory.CreateConnectionStringBuilder());
        Assert.StartsWith("v1.", connection.ServerVersion, StringComparison.Ordinal);
    }
}
