using System.Globalization;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class DecimalAndHugeIntTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    [Fact]
    public void Decimal_18_3_literal_46_3_reads_back_exactly_as_46_300m_keeping_its_scale()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 46.3::DECIMAL(18,3) AS price");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var value = reader.GetDecimal(0);
        Assert.Equal(46.300m, value);
        Assert.Equal(3, value.Scale);
        Assert.Equal("46.300", value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("DECIMAL(18,3)", reader.GetDataTypeName(0));
        Assert.Equal(typeof(decimal), reader.GetFieldType(0));
    }

    [Fact]
    public void Five_times_46_3_is_exactly_231_5_in_DuckDB_and_when_summed_in_dotnet()
    {
        using var connection = fixture.Connect();
        Assert.Equal(231.5m, Sql.Scalar<decimal>(connection, "SELECT 5 * 46.3::DECIMAL(18,3)"));
        Sql.Execute(connection, "CREATE TEMP TABLE lines(amount DECIMAL(18,3))");
        Sql.Execute(connection, "INSERT INTO lines SELECT 46.3 FROM range(5)");
        Assert.Equal(231.5m, Sql.Scalar<decimal>(connection, "SELECT sum(amount) FROM lines"));
        using var command = Sql.Command(connection, "SELECT amount FROM lines");
        using var reader = command.ExecuteReader();
        var total = 0m;
        while (reader.Read())
        {
            total += reader.GetDecimal(0);
        }

        Assert.Equal(231.500m, total);
    }

    [Theory]
    [InlineData("SELECT -46.3::DECIMAL(18,3)", "-46.300")]
    [InlineData("SELECT -0.001::DECIMAL(18,3)", "-0.001")]
    [InlineData("SELECT 0::DECIMAL(18,3)", "0.000")]
    [InlineData("SELECT 999999999999999.999::DECIMAL(18,3)", "999999999999999.999")]
    [InlineData("SELECT -999999999999999.999::DECIMAL(18,3)", "-999999999999999.999")]
    [InlineData("SELECT 123.4::DECIMAL(4,1)", "123.4")]
    [InlineData("SELECT -9999999.99::DECIMAL(9,2)", "-9999999.99")]
    [InlineData("SELECT 1234567890123456.1234567890::DECIMAL(38,10)", "1234567890123456.1234567890")]
    [InlineData("SELECT -1234567890123456.1234567890::DECIMAL(38,10)", "-1234567890123456.1234567890")]
    [InlineData("SELECT 12345678901234567890.123456789::DECIMAL(38,10)", "12345678901234567890.123456789")]
    public void Decimals_of_every_storage_width_are_decoded_exactly(string sql, string expected)
    {
        using var connection = fixture.Connect();
        var value = Sql.Scalar<decimal>(connection, sql);
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sum_over_decimal_18_3_is_decimal_38_3_stored_as_hugeint_and_decoded_exactly()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT sum(999999999999999.999::DECIMAL(18,3)) AS total FROM range(1000000)");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("DECIMAL(38,3)", reader.GetDataTypeName(0));
        // 999,999,999,999,999,999,000.000: the unscaled value (~1e24) needs both halves of the hugeint.
        Assert.Equal(999_999_999_999_999_999_000.000m, reader.GetDecimal(0));
    }

    [Fact]
    public void Negative_sum_over_decimal_18_3_is_exact()
    {
        using var connection = fixture.Connect();
        Assert.Equal(-4_630_000.000m, Sql.Scalar<decimal>(connection, "SELECT sum(-46.3::DECIMAL(18,3)) FROM range(100000)"));
    }

    [Fact]
    public void A_decimal_beyond_the_range_of_System_Decimal_throws_OverflowException()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 99999999999999999999999999999999999999::DECIMAL(38,0)");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Throws<OverflowException>(() => reader.GetDecimal(0));
    }

    [Fact]
    public void A_decimal_38_with_30_significant_digits_keeps_its_value_but_drops_a_trailing_zero_System_Decimal_cannot_hold()
    {
        using var connection = fixture.Connect();
        var value = Sql.Scalar<decimal>(connection, "SELECT 12345678901234567890.1234567890::DECIMAL(38,10)");
        Assert.Equal(12345678901234567890.123456789m, value);
        Assert.Equal(9, value.Scale);
    }

    [Fact]
    public void A_decimal_with_more_than_28_fractional_digits_is_rounded_to_what_System_Decimal_holds()
    {
        using var connection = fixture.Connect();
        var value = Sql.Scalar<decimal>(connection, "SELECT 1.123456789012345678901234567890::DECIMAL(38,30)");
        Assert.Equal(1.1234567890123456789012345679m, value);
    }

    [Theory]
    [InlineData("46.3", "DECIMAL(18,1)")]
    [InlineData("-0.001", "DECIMAL(18,3)")]
    [InlineData("999999999999999.999", "DECIMAL(18,3)")]
    [InlineData("79228162514264337593543950335", "DECIMAL(38,0)")]
    [InlineData("-79228162514264337593543950335", "DECIMAL(38,0)")]
    [InlineData("0.0000000000000000000000000001", "DECIMAL(38,28)")]
    public void Decimal_parameters_are_bound_exactly_with_their_own_scale(string text, string expectedType)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT $1, typeof($1)", value);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(value, reader.GetDecimal(0));
        Assert.Equal(text, reader.GetDecimal(0).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expectedType, reader.GetString(1));
    }

    [Fact]
    public void Decimal_parameter_arithmetic_is_exact()
    {
        using var connection = fixture.Connect();
        Assert.True(Sql.Scalar<bool>(connection, "SELECT $1 + $2 = 0.3", 0.1m, 0.2m));
        Assert.Equal(231.5m, Sql.Scalar<decimal>(connection, "SELECT $1 * 5", 46.3m));
        Assert.Equal(46.300m, Sql.Scalar<decimal>(connection, "SELECT $1::DECIMAL(18,3)", 46.3m));
    }

    [Fact]
    public void Sum_of_bigint_is_hugeint_and_reads_as_an_exact_Int128()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT sum(9223372036854775807::BIGINT) FROM range(4)");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("HUGEINT", reader.GetDataTypeName(0));
        Assert.Equal(typeof(Int128), reader.GetFieldType(0));
        var expected = (Int128)long.MaxValue * 4;
        Assert.Equal(expected, reader.GetFieldValue<Int128>(0));
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(36893488147419103228m, reader.GetDecimal(0));
        Assert.Throws<OverflowException>(() => reader.GetInt64(0));
    }

    [Fact]
    public void Small_hugeint_sums_still_convert_to_long_and_extreme_hugeints_keep_their_sign()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT (SELECT sum(i) FROM range(1000) t(i)), '-170141183460469231731687303715884105727'::HUGEINT");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(499500L, reader.GetInt64(0));
        Assert.Equal(Int128.MinValue + 1, reader.GetFieldValue<Int128>(1));
    }

    [Fact]
    public void Int128_parameters_bind_as_hugeint()
    {
        using var connection = fixture.Connect();
        var big = Int128.MaxValue - 5;
        Assert.Equal(big, Sql.Scalar<Int128>(connection, "SELECT $1", big));
        Assert.Equal("HUGEINT", Sql.Scalar<string>(connection, "SELECT typeof($1)", big));
    }
}
