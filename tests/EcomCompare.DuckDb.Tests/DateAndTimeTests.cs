using System.Data;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class DateAndTimeTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    public static TheoryData<DateOnly> Dates => new()
    {
        new DateOnly(1970, 1, 1),
        new DateOnly(1969, 12, 31),
        new DateOnly(1945, 9, 2),
        new DateOnly(1900, 3, 1),
        new DateOnly(1, 1, 1),
        new DateOnly(2024, 2, 29),
        new DateOnly(9999, 12, 31),
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_DateOnly_parameter_round_trips_as_DATE_including_dates_before_1970(DateOnly date)
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $1 AS d, typeof($1), strftime($1, '%Y-%m-%d')", date);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("DATE", reader.GetString(1));
        Assert.Equal(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reader.GetString(2));
        Assert.Equal(date, reader.GetFieldValue<DateOnly>(0));
        Assert.Equal(date, reader.GetValue(0));
        Assert.Equal(date.ToDateTime(TimeOnly.MinValue), reader.GetDateTime(0));
        Assert.Equal(typeof(DateOnly), reader.GetFieldType(0));
    }

    [Fact]
    public void Date_literals_before_and_after_the_epoch_read_correctly()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT DATE '1945-09-02', DATE '1969-07-20', DATE '2025-04-30'");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(new DateOnly(1945, 9, 2), reader.GetFieldValue<DateOnly>(0));
        Assert.Equal(new DateTime(1969, 7, 20), reader.GetDateTime(1));
        Assert.Equal(new DateOnly(2025, 4, 30), reader.GetFieldValue<DateOnly>(2));
    }

    [Fact]
    public void A_midnight_DateTime_binds_as_DATE_and_one_with_a_time_of_day_as_TIMESTAMP()
    {
        using var connection = fixture.Connect();
        Assert.Equal("DATE", Sql.Scalar<string>(connection, "SELECT typeof($1)", new DateTime(2024, 5, 6)));
        Assert.Equal("TIMESTAMP", Sql.Scalar<string>(connection, "SELECT typeof($1)", new DateTime(2024, 5, 6, 7, 8, 9)));
        Assert.Equal(new DateOnly(2024, 5, 6), Sql.Scalar<DateOnly>(connection, "SELECT $1", new DateTime(2024, 5, 6)));
    }

    [Fact]
    public void DbType_Date_makes_a_DateTime_parameter_a_DATE_by_taking_its_date()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $1, typeof($1)");
        command.Parameters.Add(new DuckDbParameter(new DateTime(1969, 7, 20, 20, 17, 40)) { DbType = DbType.Date });
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("DATE", reader.GetString(1));
        Assert.Equal(new DateOnly(1969, 7, 20), reader.GetFieldValue<DateOnly>(0));
    }

    [Fact]
    public void Timestamps_keep_their_microseconds_before_and_after_the_epoch()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT TIMESTAMP '2024-01-02 03:04:05.123456', TIMESTAMP '1969-07-20 20:17:40.5', $1", new DateTime(2001, 2, 3, 4, 5, 6, 789));
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5).AddTicks(1_234_560), reader.GetDateTime(0));
        Assert.Equal(new DateTime(1969, 7, 20, 20, 17, 40, 500), reader.GetDateTime(1));
        Assert.Equal(new DateTime(2001, 2, 3, 4, 5, 6, 789), reader.GetValue(2));
        Assert.Equal(typeof(DateTime), reader.GetFieldType(2));
    }

    [Fact]
    public void Second_millisecond_and_nanosecond_timestamps_convert_to_the_same_instant()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT '2024-01-02 03:04:05'::TIMESTAMP_S, '2024-01-02 03:04:05.678'::TIMESTAMP_MS, '2024-01-02 03:04:05.6789012'::TIMESTAMP_NS");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5), reader.GetDateTime(0));
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5, 678), reader.GetDateTime(1));
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5).AddTicks(6_789_012), reader.GetDateTime(2));
    }

    [Fact]
    public void TimeOnly_parameters_round_trip_as_TIME()
    {
        using var connection = fixture.Connect();
        var time = new TimeOnly(13, 14, 15, 16);
        Assert.Equal(time, Sql.Scalar<TimeOnly>(connection, "SELECT $1", time));
        Assert.Equal("TIME", Sql.Scalar<string>(connection, "SELECT typeof($1)", time));
    }

    [Fact]
    public void An_infinite_date_cannot_become_a_DateOnly_and_says_why()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 'infinity'::DATE");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var error = Assert.Throws<OverflowException>(() => reader.GetFieldValue<DateOnly>(0));
        Assert.Contains("outside the range", error.Message, StringComparison.Ordinal);
    }
}
