using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class DatabaseOptionsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_read_only_database_serves_reads_but_rejects_INSERT_and_CREATE()
    {
        var path = CreateFileWithOneRow();
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Path = path, AccessMode = DuckDbAccessMode.ReadOnly });
        using var connection = database.Connect();
        Assert.Equal(1L, Sql.Scalar<long>(connection, "SELECT count(*) FROM items"));
        var insert = Assert.Throws<DuckDbException>(() => Sql.Execute(connection, "INSERT INTO items (id) VALUES (2)"));
        Assert.Contains("read-only", insert.Message, StringComparison.Ordinal);
        var create = Assert.Throws<DuckDbException>(() => Sql.Execute(connection, "CREATE TABLE more(i INTEGER)"));
        Assert.Contains("read-only", create.Message, StringComparison.Ordinal);
        Assert.Equal("read_only", Sql.Scalar<string>(connection, "SELECT current_setting('access_mode')"));
    }

    [Fact]
    public void The_same_file_opened_read_write_accepts_the_INSERT_that_read_only_rejects()
    {
        var path = CreateFileWithOneRow();
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Path = path, AccessMode = DuckDbAccessMode.ReadWrite });
        using var connection = database.Connect();
        Assert.Equal(1, Sql.Execute(connection, "INSERT INTO items (id) VALUES (2)"));
    }

    [Fact]
    public void With_external_access_disabled_read_csv_and_COPY_TO_fail_with_a_Permission_error()
    {
        const string copyTarget = "/tmp/ecomcompare-duckdb-tests-must-not-exist.csv";
        File.Delete(copyTarget);
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { EnableExternalAccess = false });
        using var connection = database.Connect();
        Sql.Execute(connection, "CREATE TABLE t AS SELECT 1 AS i");
        var read = Assert.Throws<DuckDbException>(() => Sql.Scalar(connection, "SELECT * FROM read_csv('/etc/hostname')"));
        Assert.Equal(DuckDbErrorType.Permission, read.ErrorType);
        var copy = Assert.Throws<DuckDbException>(() => Sql.Execute(connection, "COPY t TO '/tmp/ecomcompare-duckdb-tests-must-not-exist.csv'"));
        Assert.Equal(DuckDbErrorType.Permission, copy.ErrorType);
        Assert.False(File.Exists(copyTarget));
    }

    [Fact]
    public void With_external_access_enabled_the_same_read_csv_works()
    {
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { EnableExternalAccess = true });
        using var connection = database.Connect();
        Assert.Equal(File.ReadAllText("/etc/hostname").Trim(), Sql.Scalar<string>(connection, "SELECT * FROM read_csv('/etc/hostname', header = false, columns = {'h': 'VARCHAR'})"));
    }

    [Fact]
    public void LockConfiguration_prevents_turning_external_access_back_on()
    {
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { EnableExternalAccess = false, LockConfiguration = true });
        using var connection = database.Connect();
        var error = Assert.Throws<DuckDbException>(() => Sql.Execute(connection, "SET enable_external_access = true"));
        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        Assert.False(Sql.Scalar<bool>(connection, "SELECT current_setting('enable_external_access')"));
    }

    [Fact]
    public void Without_LockConfiguration_SET_can_change_options()
    {
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Threads = 2 });
        using var connection = database.Connect();
        Sql.Execute(connection, "SET threads = 3");
        Assert.Equal(3L, Sql.Scalar<long>(connection, "SELECT current_setting('threads')"));
    }

    [Fact]
    public void Threads_and_MemoryLimit_are_visible_through_current_setting()
    {
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Threads = 3, MemoryLimit = "1GiB" });
        using var connection = database.Connect();
        Assert.Equal(3L, Sql.Scalar<long>(connection, "SELECT current_setting('threads')"));
        Assert.Equal("1.0 GiB", Sql.Scalar<string>(connection, "SELECT current_setting('memory_limit')"));
    }

    [Fact]
    public void Extension_autoinstall_and_autoload_are_always_off()
    {
        using var database = DuckDbDatabase.Open((string?)null);
        using var connection = database.Connect();
        Assert.False(Sql.Scalar<bool>(connection, "SELECT current_setting('autoinstall_known_extensions')"));
        Assert.False(Sql.Scalar<bool>(connection, "SELECT current_setting('autoload_known_extensions')"));
    }

    [Fact]
    public void Other_DuckDB_options_are_passed_through_Settings()
    {
        var options = new DuckDbDatabaseOptions();
        options.Settings["default_order"] = "DESC";
        using var database = DuckDbDatabase.Open(options);
        using var connection = database.Connect();
        Assert.Equal(9L, Sql.Scalar<long>(connection, "SELECT range FROM range(10) ORDER BY range LIMIT 1"));
    }

    [Fact]
    public void An_unknown_option_fails_at_open_with_DuckDBs_message()
    {
        var options = new DuckDbDatabaseOptions();
        options.Settings["no_such_option"] = "1";
        var error = Assert.Throws<DuckDbException>(() => DuckDbDatabase.Open(options));
        Assert.Contains("no_such_option", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("autoload_known_extensions")]
    [InlineData("THREADS")]
    [InlineData("enable_external_access")]
    public void Options_with_a_dedicated_property_cannot_be_smuggled_in_through_Settings(string key)
    {
        var options = new DuckDbDatabaseOptions();
        options.Settings[key] = "true";
        Assert.Throws<ArgumentException>(() => DuckDbDatabase.Open(options));
    }

    [Fact]
    public void A_path_that_cannot_be_created_is_an_IO_error()
    {
        var error = Assert.Throws<DuckDbException>(() => DuckDbDatabase.Open(_temp.File("missing-dir/x.duckdb")));
        Assert.Equal(DuckDbErrorType.IO, error.ErrorType);
    }

    [Fact]
    public void A_file_database_keeps_its_data_after_being_closed_and_reopened()
    {
        var path = CreateFileWithOneRow();
        using var database = DuckDbDatabase.Open(path);
        Assert.Equal(path, database.DataSource);
        using var connection = database.Connect();
        Assert.Equal(46.300m, Sql.Scalar<decimal>(connection, "SELECT price FROM items"));
    }

    private string CreateFileWithOneRow()
    {
        var path = _temp.File(Guid.NewGuid().ToString("N") + ".duckdb");
        using var database = DuckDbDatabase.Open(path);
        using var connection = database.Connect();
        Sql.Execute(connection, "CREATE TABLE items(id INTEGER, price DECIMAL(18,3) DEFAULT 46.3); INSERT INTO items (id) VALUES (1)");
        return path;
    }
}
