using System.Data.Common;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class ErrorTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    [Fact]
    public void Bad_SQL_throws_a_DuckDbException_with_DuckDBs_parser_error_and_type_Parser()
    {
        using var connection = fixture.Connect();
        var error = Assert.Throws<DuckDbException>(() => Sql.Execute(connection, "SELEC 1"));
        Assert.StartsWith("Parser Error: syntax error at or near \"SELEC\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDbErrorType.Parser, error.ErrorType);
        Assert.False(error.IsInterrupted);
        Assert.IsAssignableFrom<DbException>(error);
    }

    [Fact]
    public void A_missing_table_is_a_Catalog_error()
    {
        using var connection = fixture.Connect();
        var error = Assert.Throws<DuckDbException>(() => Sql.Scalar(connection, "SELECT * FROM no_such_table"));
        Assert.Equal(DuckDbErrorType.Catalog, error.ErrorType);
        Assert.Contains("Table with name no_such_table does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_a_Binder_error()
    {
        using var connection = fixture.Connect();
        var error = Assert.Throws<DuckDbException>(() => Sql.Scalar(connection, "SELECT no_such_column FROM range(1)"));
        Assert.Equal(DuckDbErrorType.Binder, error.ErrorType);
    }

    [Fact]
    public void A_failed_cast_is_a_Conversion_error()
    {
        using var connection = fixture.Connect();
        var error = Assert.Throws<DuckDbException>(() => Sql.Scalar(connection, "SELECT ?::INTEGER", "abc"));
        Assert.Equal(DuckDbErrorType.Conversion, error.ErrorType);
        Assert.Contains("'abc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_primary_key_is_a_Constraint_error_and_the_connection_keeps_working()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE keyed(id INTEGER PRIMARY KEY)");
        Sql.Execute(connection, "INSERT INTO keyed VALUES (1)");
        var error = Assert.Throws<DuckDbException>(() => Sql.Execute(connection, "INSERT INTO keyed VALUES (1)"));
        Assert.Equal(DuckDbErrorType.Constraint, error.ErrorType);
        Assert.Equal(1L, Sql.Scalar<long>(connection, "SELECT count(*) FROM keyed"));
    }

    [Fact]
    public void Reading_a_type_without_a_reader_throws_NotSupportedException_naming_the_DuckDB_type()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT [1, 2, 3] AS numbers, 7 AS seven");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("LIST", reader.GetDataTypeName(0));
        Assert.False(reader.IsDBNull(0));
        var error = Assert.Throws<NotSupportedException>(() => reader.GetValue(0));
        Assert.Contains("LIST", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, reader.GetInt32(1));
    }

    [Fact]
    public void Reading_a_column_with_the_wrong_typed_getter_throws_InvalidCastException()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 'text' AS t, 300 AS n");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Throws<InvalidCastException>(() => reader.GetInt32(0));
        Assert.Throws<InvalidCastException>(() => reader.GetString(1));
        Assert.Throws<OverflowException>(() => reader.GetByte(1));
        Assert.Equal(300L, reader.GetInt64(1)); // widening is fine
    }
}
