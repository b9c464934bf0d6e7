using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

/// <summary>
/// The typed getters check the reader's state with one compare on their fast path; these pin that every state
/// still throws what it threw before: no row yet, past the end, closed, a bad ordinal, NULL.
/// </summary>
public sealed class ReaderStateTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    private const string ThreeChunks = "SELECT i::BIGINT AS id, i * 0.5::DOUBLE AS d, (i % 1000)::DECIMAL(18,3) AS m, 'row-' || i AS s FROM range(5000) t(i)";

    public static TheoryData<string> Getters => ["GetInt64", "GetDouble", "GetDecimal", "GetString", "GetInt32", "GetValue", "IsDBNull"];

    [Theory]
    [MemberData(nameof(Getters))]
    public void A_value_read_before_the_first_Read_throws_InvalidOperationException(string getter)
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, ThreeChunks);
        using var reader = command.ExecuteReader();
        Assert.True(reader.HasRows);
        var error = Assert.Throws<InvalidOperationException>(() => Read(reader, getter, 0));
        Assert.Contains("no current row", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Getters))]
    public void A_value_read_after_the_last_row_throws_InvalidOperationException(string getter)
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, ThreeChunks);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        Assert.Equal(5000, rows);
        Assert.False(reader.Read()); // reading on past the end stays false
        Assert.Throws<InvalidOperationException>(() => Read(reader, getter, 0));
    }

    [Theory]
    [MemberData(nameof(Getters))]
    public void A_value_read_from_a_closed_reader_throws_ObjectDisposedException_even_mid_chunk(string getter)
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, ThreeChunks);
        var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.True(reader.Read());
        reader.Close();
        Assert.Throws<ObjectDisposedException>(() => Read(reader, getter, 0));
        Assert.Throws<ObjectDisposedException>(() => reader.Read());
    }

    [Theory]
    [MemberData(nameof(Getters))]
    public void A_bad_ordinal_throws_IndexOutOfRangeException_with_or_without_a_current_row(string getter)
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, ThreeChunks);
        using var reader = command.ExecuteReader();
        Assert.Throws<IndexOutOfRangeException>(() => Read(reader, getter, 4));
        Assert.True(reader.Read());
        Assert.Throws<IndexOutOfRangeException>(() => Read(reader, getter, 4));
        Assert.Throws<IndexOutOfRangeException>(() => Read(reader, getter, -1));
    }

    [Fact]
    public void Values_are_right_on_both_sides_of_every_chunk_boundary()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, ThreeChunks);
        using var reader = command.ExecuteReader();
        for (long i = 0; i < 5000; i++)
        {
            Assert.True(reader.Read());
            if (i is 0 or 2047 or 2048 or 4095 or 4096 or 4999)
            {
                Assert.Equal(i, reader.GetInt64(0));
                Assert.Equal(i * 0.5, reader.GetDouble(1));
                Assert.Equal(i % 1000, reader.GetDecimal(2));
                Assert.Equal("row-" + i, reader.GetString(3));
            }
        }

        Assert.False(reader.Read());
    }

    [Fact]
    public void Getters_read_other_column_types_than_their_fast_path_through_the_general_path()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, """
            SELECT 7::INTEGER AS i, 2.5::FLOAT AS f, 12345678901234567890.125::DECIMAL(38,3) AS big, 4.5::DECIMAL(4,1) AS small,
                   'b'::ENUM('a', 'b') AS e, 9::BIGINT AS l, 1.5::DOUBLE AS d
            """);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(7L, reader.GetInt64(0));       // INTEGER through GetInt64
        Assert.Equal(7, reader.GetInt32(0));        // INTEGER's own fast path
        Assert.Equal(2.5, reader.GetDouble(1));     // FLOAT through GetDouble
        Assert.Equal(12345678901234567890.125m, reader.GetDecimal(2)); // hugeint storage
        Assert.Equal(4.5m, reader.GetDecimal(3));   // int16 storage
        Assert.Equal("b", reader.GetString(4));     // ENUM through GetString
        Assert.Equal(9, reader.GetInt32(5));        // BIGINT narrowed, checked
        Assert.Equal(1.5m, reader.GetDecimal(6));   // DOUBLE through GetDecimal
        Assert.Throws<InvalidCastException>(() => reader.GetString(0));
        Assert.Throws<InvalidCastException>(() => reader.GetInt64(4));
    }

    [Fact]
    public void A_NULL_read_by_a_typed_getter_throws_InvalidCastException_naming_the_column()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT NULL::BIGINT AS n, NULL::VARCHAR AS t, NULL::DOUBLE AS x, NULL::DECIMAL(18,3) AS m");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Contains("'n' is NULL", Assert.Throws<InvalidCastException>(() => reader.GetInt64(0)).Message, StringComparison.Ordinal);
        Assert.Contains("'t' is NULL", Assert.Throws<InvalidCastException>(() => reader.GetString(1)).Message, StringComparison.Ordinal);
        Assert.Contains("'x' is NULL", Assert.Throws<InvalidCastException>(() => reader.GetDouble(2)).Message, StringComparison.Ordinal);
        Assert.Contains("'m' is NULL", Assert.Throws<InvalidCastException>(() => reader.GetDecimal(3)).Message, StringComparison.Ordinal);
        Assert.True(reader.IsDBNull(0));
        Assert.Null(reader.GetFieldValue<long?>(0));
    }

    private static object Read(DuckDbDataReader reader, string getter, int ordinal) => getter switch
    {
        "GetInt64" => reader.GetInt64(ordinal),
        "GetDouble" => reader.GetDouble(ordinal),
        "GetDecimal" => reader.GetDecimal(ordinal),
        "GetString" => reader.GetString(ordinal),
        "GetInt32" => reader.GetInt32(ordinal),
        "GetValue" => reader.GetValue(ordinal),
        "IsDBNull" => reader.IsDBNull(ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(getter)),
    };
}
