using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class AppenderTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    private const string AllTypesTable = """
        CREATE TEMP TABLE all_types(
            b BOOLEAN, ti TINYINT, si SMALLINT, i INTEGER, bi BIGINT, ut UTINYINT, us USMALLINT, ui UINTEGER,
            ub UBIGINT, h HUGEINT, f FLOAT, d DOUBLE, m DECIMAL(18,3), s VARCHAR, dt DATE, ts TIMESTAMP, tm TIME,
            bl BLOB, g UUID)
        """;

    private static readonly Guid SampleGuid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void A_row_of_every_supported_type_and_a_row_of_nulls_round_trip()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, AllTypesTable);
        using (var appender = connection.CreateAppender("all_types"))
        {
            Assert.Equal(19, appender.ColumnCount);
            appender.CreateRow()
                .Append(true).Append((sbyte)-8).Append((short)-1600).Append(-320000).Append(-64_000_000_000L)
                .Append((byte)250).Append((ushort)65000).Append(4_000_000_000u).Append(18_000_000_000_000_000_000UL)
                .Append(Int128.MaxValue).Append(1.5f).Append(2.25).Append(46.3m).Append("Bình Định")
                .Append(new DateOnly(1969, 7, 20)).Append(new DateTime(2024, 1, 2, 3, 4, 5, 6)).Append(new TimeOnly(7, 8, 9))
                .Append(new byte[] { 1, 2, 3 }).Append(SampleGuid)
                .EndRow();
            var nulls = appender.CreateRow();
            for (var i = 0; i < appender.ColumnCount; i++)
            {
                nulls.AppendNull();
            }

            nulls.EndRow();
        }

        using var command = Sql.Command(connection, "SELECT * FROM all_types ORDER BY b NULLS LAST");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var expected = new object[]
        {
            true, (sbyte)-8, (short)-1600, -320000, -64_000_000_000L, (byte)250, (ushort)65000, 4_000_000_000u,
            18_000_000_000_000_000_000UL, Int128.MaxValue, 1.5f, 2.25, 46.300m, "Bình Định", new DateOnly(1969, 7, 20),
            new DateTime(2024, 1, 2, 3, 4, 5, 6), new TimeOnly(7, 8, 9), new byte[] { 1, 2, 3 }, SampleGuid,
        };
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], reader.GetValue(i));
        }

        Assert.Equal("46.300", reader.GetDecimal(12).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(reader.Read());
        for (var i = 0; i < reader.FieldCount; i++)
        {
            Assert.True(reader.IsDBNull(i), reader.GetName(i));
        }

        Assert.False(reader.Read());
    }

    [Fact]
    public void Decimals_go_into_a_decimal_18_3_column_exactly()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE money(amount DECIMAL(18,3))");
        using (var appender = connection.CreateAppender("money"))
        {
            foreach (var amount in new[] { 46.3m, 46.3m, 46.3m, 46.3m, 46.3m, -0.001m, 999999999999999.999m, -999999999999999.999m, 7m })
            {
                appender.CreateRow().Append(amount).EndRow();
            }
        }

        Assert.Equal(231.5m + 7m - 0.001m, Sql.Scalar<decimal>(connection, "SELECT sum(amount) FROM money"));
        Assert.Equal(999999999999999.999m, Sql.Scalar<decimal>(connection, "SELECT max(amount) FROM money"));
        Assert.Equal(-999999999999999.999m, Sql.Scalar<decimal>(connection, "SELECT min(amount) FROM money"));
        Assert.Equal(5L, Sql.Scalar<long>(connection, "SELECT count(*) FROM money WHERE amount = 46.3"));
    }

    [Fact]
    public void A_decimal_with_more_digits_than_the_column_is_rounded_by_DuckDB_like_an_INSERT()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE money(amount DECIMAL(18,3))");
        using (var appender = connection.CreateAppender("money"))
        {
            appender.CreateRow().Append(1.23456m).EndRow();
        }

        Sql.Execute(connection, "INSERT INTO money VALUES (?)", 1.23456m);
        Assert.Equal(new[] { 1.235m, 1.235m }, ReadColumn<decimal>(connection, "SELECT amount FROM money"));
    }

    [Fact]
    public void One_hundred_thousand_rows_are_appended_and_add_up()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE facts(id INTEGER, label VARCHAR, amount DECIMAL(18,3), day DATE, note VARCHAR)");
        using (var appender = connection.CreateAppender("facts"))
        {
            var row = appender.CreateRow();
            for (var i = 0; i < 100_000; i++)
            {
                appender.CreateRow()
                    .Append(i)
                    .Append("row-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Append(i * 0.001m)
                    .Append(new DateOnly(2024, 1, 1).AddDays(i % 366))
                    .Append(i % 10 == 0 ? null : "Hỗ trợ")
                    .EndRow();
            }

            Assert.Same(row, appender.CreateRow()); // one row object per appender: nothing allocated per row
        }

        using var command = Sql.Command(connection, "SELECT count(*), sum(id), sum(amount), count(note), max(day), sum(strlen(label)) FROM facts");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(100_000L, reader.GetInt64(0));
        Assert.Equal(4_999_950_000L, reader.GetInt64(1));
        Assert.Equal(4_999_950.000m, reader.GetDecimal(2));
        Assert.Equal(90_000L, reader.GetInt64(3));
        Assert.Equal(new DateOnly(2024, 12, 31), reader.GetFieldValue<DateOnly>(4));
        Assert.Equal(Enumerable.Range(0, 100_000).Sum(i => (long)("row-" + i).Length), reader.GetInt64(5));
    }

    [Fact]
    public void AppendValue_dispatches_on_the_runtime_type_and_rejects_unknown_types()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE mixed(i INTEGER, s VARCHAR, m DECIMAL(18,3), d DATE)");
        using (var appender = connection.CreateAppender("mixed"))
        {
            appender.CreateRow().AppendValue(5).AppendValue("năm").AppendValue(5.5m).AppendValue(new DateTime(2020, 2, 29)).EndRow();
            appender.CreateRow().AppendValue(DBNull.Value).AppendValue(null).AppendValue(null).AppendValue(null).EndRow();
            var error = Assert.Throws<NotSupportedException>(() => appender.CreateRow().AppendValue(new Uri("http://x")));
            Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1L, Sql.Scalar<long>(connection, "SELECT count(*) FROM mixed WHERE s = 'năm' AND m = 5.5 AND d = DATE '2020-02-29'"));
        Assert.Equal(1L, Sql.Scalar<long>(connection, "SELECT count(*) FROM mixed WHERE i IS NULL"));
    }

    [Fact]
    public void An_appender_for_a_missing_table_is_a_Catalog_error()
    {
        using var connection = fixture.Connect();
        var error = Assert.Throws<DuckDbException>(() => connection.CreateAppender("no_such_table"));
        Assert.Equal(DuckDbErrorType.Catalog, error.ErrorType);
    }

    [Fact]
    public void A_row_with_too_few_values_fails_at_EndRow_and_dispose_does_not_hide_that_error()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE pair(a INTEGER, b INTEGER)");
        var error = Assert.Throws<DuckDbException>(() =>
        {
            using var appender = connection.CreateAppender("pair");
            appender.CreateRow().Append(1).EndRow();
        });
        Assert.Contains("EndRow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_many_values_fails_on_the_extra_value()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE pair(a INTEGER, b INTEGER)");
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            using var appender = connection.CreateAppender("pair");
            appender.CreateRow().Append(1).Append(2).Append(3).EndRow();
        });
        Assert.Contains("all 2 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_primary_key_violation_surfaces_as_a_Constraint_error_when_flushing()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE keyed(id INTEGER PRIMARY KEY)");
        var appender = connection.CreateAppender("keyed");
        appender.CreateRow().Append(1).EndRow();
        appender.CreateRow().Append(1).EndRow();
        var error = Assert.Throws<DuckDbException>(appender.Flush);
        Assert.Equal(DuckDbErrorType.Constraint, error.ErrorType);
        appender.Dispose(); // after a failure: no second exception
    }

    [Fact]
    public void Disposing_flushes_the_rows_and_disposing_twice_is_harmless()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE numbers(n INTEGER)");
        var appender = connection.CreateAppender("numbers");
        appender.CreateRow().Append(1).EndRow();
        appender.CreateRow().Append(2).EndRow();
        appender.Dispose();
        appender.Dispose();
        Assert.Equal(3L, Sql.Scalar<Int128>(connection, "SELECT sum(n) FROM numbers"));
        Assert.Throws<ObjectDisposedException>(() => appender.CreateRow());
    }

    [Fact]
    public void Flush_makes_rows_visible_while_the_appender_stays_open()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE numbers(n INTEGER)");
        using var appender = connection.CreateAppender("numbers");
        appender.CreateRow().Append(1).EndRow();
        appender.Flush();
        Assert.Equal(1L, Sql.Scalar<long>(connection, "SELECT count(*) FROM numbers"));
        appender.CreateRow().Append(2).EndRow();
        appender.Close();
        Assert.Equal(2L, Sql.Scalar<long>(connection, "SELECT count(*) FROM numbers"));
    }

    [Fact]
    public void An_appender_into_a_table_of_an_explicit_schema_works()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE SCHEMA IF NOT EXISTS staging; CREATE OR REPLACE TABLE staging.orders(id INTEGER)");
        using (var appender = connection.CreateAppender("staging", "orders"))
        {
            appender.CreateRow().Append(10).EndRow();
        }

        Assert.Equal(10, Sql.Scalar<int>(connection, "SELECT id FROM staging.orders"));
    }

    private static List<T> ReadColumn<T>(DuckDbConnection connection, string sql)
    {
        using var command = Sql.Command(connection, sql);
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
