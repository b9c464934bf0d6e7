using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class ParameterTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    private static readonly Guid SampleGuid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    /// <summary>Value bound → DuckDB type of the parameter → value read back.</summary>
    public static TheoryData<string, object?, string, object> Values => new()
    {
        { "string", "Cần Thơ", "VARCHAR", "Cần Thơ" },
        { "int", 42, "INTEGER", 42 },
        { "long", 9_000_000_000L, "BIGINT", 9_000_000_000L },
        { "double", 1.5, "DOUBLE", 1.5 },
        { "decimal", 46.300m, "DECIMAL(18,3)", 46.300m },
        { "bool", true, "BOOLEAN", true },
        { "DateOnly", new DateOnly(1969, 7, 20), "DATE", new DateOnly(1969, 7, 20) },
        { "DateTime", new DateTime(2024, 12, 31), "DATE", new DateOnly(2024, 12, 31) },
        { "null", null, "\"NULL\"", DBNull.Value },
        { "DBNull", DBNull.Value, "\"NULL\"", DBNull.Value },
        { "short", (short)-7, "SMALLINT", (short)-7 },
        { "float", 1.25f, "FLOAT", 1.25f },
        { "byte", (byte)200, "UTINYINT", (byte)200 },
        { "Guid", SampleGuid, "VARCHAR", SampleGuid.ToString() },
        { "byte[]", new byte[] { 0, 1, 254, 255 }, "BLOB", new byte[] { 0, 1, 254, 255 } },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_supported_type_binds_to_a_positional_question_mark(string label, object? value, string duckType, object expected)
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT ?, typeof(?)", value, value);
        AssertRoundTrip(label, command, duckType, expected);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_supported_type_binds_to_a_numbered_placeholder(string label, object? value, string duckType, object expected)
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $1, typeof($1)", value);
        AssertRoundTrip(label, command, duckType, expected);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_supported_type_binds_to_a_named_placeholder(string label, object? value, string duckType, object expected)
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $value, typeof($value)");
        command.Parameters.Add("value", value);
        AssertRoundTrip(label, command, duckType, expected);
    }

    [Fact]
    public void Positional_placeholders_take_parameters_in_order_and_numbered_ones_by_number()
    {
        using var connection = fixture.Connect();
        Assert.Equal(21, Sql.Scalar<int>(connection, "SELECT ?::INTEGER + ?::INTEGER * 10", 1, 2));
        Assert.Equal(-7, Sql.Scalar<int>(connection, "SELECT $2::INTEGER - $1::INTEGER", 10, 3));
    }

    [Fact]
    public void Named_parameters_match_whatever_their_order_sigil_or_case()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $first || '/' || $second || '/' || $third || '/' || $fourth");
        command.Parameters.Add("@FOURTH", "d");
        command.Parameters.Add(":third", "c");
        command.Parameters.Add("$second", "b");
        command.Parameters.Add("first", "a");
        Assert.Equal("a/b/c/d", command.ExecuteScalar());
    }

    [Fact]
    public void A_missing_positional_parameter_is_reported_with_its_number()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT ?::INTEGER + ?::INTEGER", 1);
        var error = Assert.Throws<ArgumentException>(() => command.ExecuteScalar());
        Assert.Contains("$2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_named_parameter_is_reported_with_its_name()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $city");
        command.Parameters.Add("province", "Cần Thơ");
        var error = Assert.Throws<ArgumentException>(() => command.ExecuteScalar());
        Assert.Contains("$city", error.Message, StringComparison.Ordinal);
        Assert.Contains("$province", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_supplied_parameter_that_no_placeholder_uses_is_reported_as_a_likely_typo()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $year");
        command.Parameters.Add("year", 2024);
        command.Parameters.Add("yaer", 2025);
        var error = Assert.Throws<ArgumentException>(() => command.ExecuteScalar());
        Assert.Contains("'yaer' is not used", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_parameter_type_throws_NotSupportedException_naming_the_type()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT ?", DayOfWeek.Monday);
        var error = Assert.Throws<NotSupportedException>(() => command.ExecuteScalar());
        Assert.Contains("System.DayOfWeek", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixing_named_and_positional_placeholders_is_DuckDBs_error_verbatim()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $a + ?");
        command.Parameters.Add("a", 1);
        var error = Assert.Throws<DuckDbException>(() => command.ExecuteScalar());
        Assert.Contains("Mixing named and positional parameters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prepared_command_runs_again_with_new_parameter_values()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE squares(n INTEGER, sq BIGINT)");
        using var insert = Sql.Command(connection, "INSERT INTO squares VALUES ($n, $sq)");
        var n = insert.Parameters.Add("n", 0);
        var sq = insert.Parameters.Add("sq", 0L);
        insert.Prepare();
        for (var i = 1; i <= 100; i++)
        {
            n.Value = i;
            sq.Value = (long)i * i;
            Assert.Equal(1, insert.ExecuteNonQuery());
        }

        Assert.Equal(338350L, Sql.Scalar<Int128>(connection, "SELECT sum(sq) FROM squares"));
    }

    [Fact]
    public void A_parameterless_script_runs_every_statement_and_returns_the_total_rows_changed()
    {
        using var connection = fixture.Connect();
        var changed = Sql.Execute(connection, """
            CREATE TEMP TABLE a(i INTEGER);
            CREATE TEMP TABLE b(j INTEGER);
            INSERT INTO a VALUES (1), (2), (3);
            -- a comment between statements
            INSERT INTO b SELECT i * 10 FROM a;
            """);
        Assert.Equal(6, changed);
        Assert.Equal(60L, Sql.Scalar<Int128>(connection, "SELECT sum(j) FROM b"));
    }

    [Fact]
    public void A_script_binds_parameters_in_every_statement_and_the_reader_returns_the_last_statement()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "CREATE TEMP TABLE x(v INTEGER); INSERT INTO x VALUES ($v), ($v + 1); SELECT sum(v) FROM x WHERE v >= $v");
        command.Parameters.Add("v", 20);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(41, reader.GetInt64(0));
        Assert.Equal(2, reader.RecordsAffected);
    }

    [Fact]
    public void DDL_returns_minus_one_and_DML_the_rows_it_changed()
    {
        using var connection = fixture.Connect();
        Assert.Equal(-1, Sql.Execute(connection, "CREATE TEMP TABLE t(i INTEGER)"));
        Assert.Equal(3, Sql.Execute(connection, "INSERT INTO t SELECT * FROM range(3)"));
        Assert.Equal(2, Sql.Execute(connection, "UPDATE t SET i = i + 10 WHERE i > 0"));
        Assert.Equal(1, Sql.Execute(connection, "DELETE FROM t WHERE i = ?", 11));
        Assert.Equal(-1, Sql.Execute(connection, "SELECT * FROM t"));
    }

    [Fact]
    public void An_empty_or_comment_only_command_does_nothing()
    {
        using var connection = fixture.Connect();
        Assert.Equal(-1, Sql.Execute(connection, "  -- nothing here"));
        Assert.Null(Sql.Scalar(connection, ""));
    }

    private static void AssertRoundTrip(string label, DuckDbCommand command, string duckType, object expected)
    {
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), label);
        Assert.Equal(duckType, reader.GetString(1));
        Assert.Equal(expected, reader.GetValue(0));
    }
}
