using System.Data.Common;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

public sealed class NullValueTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    private const string NullOfEveryType = """
        SELECT NULL::BOOLEAN, NULL::TINYINT, NULL::SMALLINT, NULL::INTEGER, NULL::BIGINT,
               NULL::UTINYINT, NULL::USMALLINT, NULL::UINTEGER, NULL::UBIGINT, NULL::HUGEINT, NULL::UHUGEINT,
               NULL::FLOAT, NULL::DOUBLE, NULL::DECIMAL(4,1), NULL::DECIMAL(9,2), NULL::DECIMAL(18,3), NULL::DECIMAL(38,3),
               NULL::VARCHAR, NULL::BLOB, NULL::DATE, NULL::TIMESTAMP, NULL::TIME, NULL::UUID, NULL::ENUM('a', 'b')
        """;

    private static readonly Type[] ExpectedFieldTypes =
    [
        typeof(bool), typeof(sbyte), typeof(short), typeof(int), typeof(long),
        typeof(byte), typeof(ushort), typeof(uint), typeof(ulong), typeof(Int128), typeof(UInt128),
        typeof(float), typeof(double), typeof(decimal), typeof(decimal), typeof(decimal), typeof(decimal),
        typeof(string), typeof(byte[]), typeof(DateOnly), typeof(DateTime), typeof(TimeOnly), typeof(Guid), typeof(string),
    ];

    public static TheoryData<string, string> TypedGettersOnNull => new()
    {
        { "BOOLEAN", nameof(DbDataReader.GetBoolean) },
        { "SMALLINT", nameof(DbDataReader.GetInt16) },
        { "INTEGER", nameof(DbDataReader.GetInt32) },
        { "BIGINT", nameof(DbDataReader.GetInt64) },
        { "FLOAT", nameof(DbDataReader.GetFloat) },
        { "DOUBLE", nameof(DbDataReader.GetDouble) },
        { "DECIMAL(18,3)", nameof(DbDataReader.GetDecimal) },
        { "VARCHAR", nameof(DbDataReader.GetString) },
        { "DATE", nameof(DbDataReader.GetDateTime) },
        { "TIMESTAMP", nameof(DbDataReader.GetDateTime) },
        { "UUID", nameof(DbDataReader.GetGuid) },
        { "HUGEINT", "GetFieldValue<Int128>" },
        { "DATE", "GetFieldValue<DateOnly>" },
        { "VARCHAR", "GetFieldValue<string>" },
    };

    [Fact]
    public void Null_of_every_supported_type_reads_as_DBNull_and_IsDBNull_is_true()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, NullOfEveryType);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(ExpectedFieldTypes.Length, reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            Assert.True(reader.IsDBNull(i), $"column {i} ({reader.GetDataTypeName(i)})");
            Assert.Same(DBNull.Value, reader.GetValue(i));
            Assert.Same(DBNull.Value, reader.GetFieldValue<object>(i));
            Assert.Equal(ExpectedFieldTypes[i], reader.GetFieldType(i));
        }
    }

    [Fact]
    public void GetValues_fills_DBNull_for_null_columns_and_values_for_the_others()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 1, NULL::VARCHAR, 'x'");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var values = new object[3];
        Assert.Equal(3, reader.GetValues(values));
        Assert.Equal(new object[] { 1, DBNull.Value, "x" }, values);
    }

    [Theory]
    [MemberData(nameof(TypedGettersOnNull))]
    public void A_typed_getter_on_a_null_value_throws_InvalidCastException_naming_the_column(string duckType, string getter)
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT CAST(NULL AS " + duckType + ") AS empty_cell");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Action read = getter switch
        {
            nameof(DbDataReader.GetBoolean) => () => reader.GetBoolean(0),
            nameof(DbDataReader.GetInt16) => () => reader.GetInt16(0),
            nameof(DbDataReader.GetInt32) => () => reader.GetInt32(0),
            nameof(DbDataReader.GetInt64) => () => reader.GetInt64(0),
            nameof(DbDataReader.GetFloat) => () => reader.GetFloat(0),
            nameof(DbDataReader.GetDouble) => () => reader.GetDouble(0),
            nameof(DbDataReader.GetDecimal) => () => reader.GetDecimal(0),
            nameof(DbDataReader.GetString) => () => reader.GetString(0),
            nameof(DbDataReader.GetDateTime) => () => reader.GetDateTime(0),
            nameof(DbDataReader.GetGuid) => () => reader.GetGuid(0),
            "GetFieldValue<Int128>" => () => reader.GetFieldValue<Int128>(0),
            "GetFieldValue<DateOnly>" => () => reader.GetFieldValue<DateOnly>(0),
            "GetFieldValue<string>" => () => reader.GetFieldValue<string>(0),
            _ => throw new ArgumentOutOfRangeException(nameof(getter)),
        };
        var error = Assert.Throws<InvalidCastException>(read);
        Assert.Contains("'empty_cell' is NULL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetFieldValue_of_a_nullable_type_returns_null_for_NULL_and_the_value_otherwise()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT NULL::INTEGER, 7::INTEGER, NULL::DECIMAL(18,3), 2.5::DECIMAL(18,3), NULL::DATE");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Null(reader.GetFieldValue<int?>(0));
        Assert.Equal(7, reader.GetFieldValue<int?>(1));
        Assert.Null(reader.GetFieldValue<decimal?>(2));
        Assert.Equal(2.5m, reader.GetFieldValue<decimal?>(3));
        Assert.Null(reader.GetFieldValue<DateOnly?>(4));
    }

    [Fact]
    public void Nulls_scattered_over_many_chunks_are_found_by_the_validity_mask()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT CASE WHEN i % 3 = 0 THEN NULL ELSE i END AS v FROM range(10000) t(i) ORDER BY i");
        using var reader = command.ExecuteReader();
        long nulls = 0, sum = 0, row = 0;
        while (reader.Read())
        {
            Assert.Equal(row % 3 == 0, reader.IsDBNull(0));
            if (reader.IsDBNull(0))
            {
                nulls++;
            }
            else
            {
                sum += reader.GetInt64(0);
            }

            row++;
        }

        Assert.Equal(10000, row);
        Assert.Equal(3334, nulls);
        Assert.Equal(Enumerable.Range(0, 10000).Where(i => i % 3 != 0).Sum(i => (long)i), sum);
    }
}
