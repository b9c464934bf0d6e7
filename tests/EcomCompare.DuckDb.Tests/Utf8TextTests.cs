using System.Text;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class Utf8TextTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    // DuckDB inlines strings of at most 12 BYTES in the vector entry and stores longer ones behind a pointer:
    // both layouts are covered, with the byte counts pinned so the data cannot silently drift.
    public static TheoryData<string, int> VietnameseTexts => new()
    {
        { "Cần Thơ", 10 },
        { "Thái Bình", 11 },
        { "abcdefghijkl", 12 },
        { "Bình Định", 13 },
        { "Hỗ trợ từ trung ương", 28 },
        { "Thành phố Hồ Chí Minh — Bà Rịa–Vũng Tàu", 54 },
        { "", 0 },
    };

    [Theory]
    [MemberData(nameof(VietnameseTexts))]
    public void Vietnamese_text_round_trips_through_a_parameter_byte_for_byte(string text, int utf8Bytes)
    {
        Assert.Equal(utf8Bytes, Encoding.UTF8.GetByteCount(text));
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $1 AS text, strlen($1) AS bytes, $1 = $2 AS same", text, text);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(text, reader.GetString(0));
        Assert.Equal(utf8Bytes, reader.GetInt64(1));
        Assert.True(reader.GetBoolean(2));
    }

    [Theory]
    [MemberData(nameof(VietnameseTexts))]
    public void Vietnamese_text_round_trips_through_the_appender(string text, int utf8Bytes)
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE places(name VARCHAR)");
        using (var appender = connection.CreateAppender("places"))
        {
            appender.CreateRow().Append(text).EndRow();
        }

        using var command = Sql.Command(connection, "SELECT name, strlen(name) FROM places");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(text, reader.GetString(0));
        Assert.Equal(utf8Bytes, reader.GetInt64(1));
    }

    [Fact]
    public void Vietnamese_literals_in_the_SQL_text_reach_DuckDB_intact()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 'Bình Định' AS a, 'Thái Bình' AS b, 'Cần Thơ' AS c, 'Hỗ trợ từ trung ương' AS d, upper('hỗ trợ') AS e, strlen('Bình Định') AS f");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("Bình Định", reader.GetString(0));
        Assert.Equal("Thái Bình", reader.GetString(1));
        Assert.Equal("Cần Thơ", reader.GetString(2));
        Assert.Equal("Hỗ trợ từ trung ương", reader.GetFieldValue<string>(3));
        Assert.Equal("HỖ TRỢ", reader.GetValue(4));
        Assert.Equal(13L, reader.GetInt64(5));
    }

    [Fact]
    public void Vietnamese_column_names_are_returned_and_found_case_insensitively()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 1 AS \"Tỉnh\", 2 AS \"Doanh thu\"");
        using var reader = command.ExecuteReader();
        Assert.Equal("Tỉnh", reader.GetName(0));
        Assert.Equal(0, reader.GetOrdinal("tỉnh"));
        Assert.Equal(1, reader.GetOrdinal("DOANH THU"));
    }

    [Fact]
    public void Vietnamese_text_filters_and_groups_correctly_in_DuckDB()
    {
        using var connection = fixture.Connect();
        Sql.Execute(connection, "CREATE TEMP TABLE sales(province VARCHAR, amount INTEGER)");
        using (var appender = connection.CreateAppender("sales"))
        {
            foreach (var (province, amount) in new[] { ("Cần Thơ", 1), ("Bình Định", 2), ("Cần Thơ", 3), ("Thái Bình", 4) })
            {
                appender.CreateRow().Append(province).Append(amount).EndRow();
            }
        }

        Assert.Equal(4L, Sql.Scalar<long>(connection, "SELECT sum(amount) FROM sales WHERE province = ?", "Cần Thơ"));
        Assert.Equal(3L, Sql.Scalar<long>(connection, "SELECT count(DISTINCT province) FROM sales"));
    }
}
