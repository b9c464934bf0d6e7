using System.Globalization;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Reading;

/// <summary>DuckDB's SQL spelling of a type id, as returned by <c>GetDataTypeName</c>.</summary>
internal static class TypeNames
{
    public static string Of(DuckDbTypeId type, byte decimalWidth = 0, byte decimalScale = 0) => type switch
    {
        DuckDbTypeId.Boolean => "BOOLEAN",
        DuckDbTypeId.TinyInt => "TINYINT",
        DuckDbTypeId.SmallInt => "SMALLINT",
        DuckDbTypeId.Integer => "INTEGER",
        DuckDbTypeId.BigInt => "BIGINT",
        DuckDbTypeId.UTinyInt => "UTINYINT",
        DuckDbTypeId.USmallInt => "USMALLINT",
        DuckDbTypeId.UInteger => "UINTEGER",
        DuckDbTypeId.UBigInt => "UBIGINT",
        DuckDbTypeId.HugeInt => "HUGEINT",
        DuckDbTypeId.UHugeInt => "UHUGEINT",
        DuckDbTypeId.Float => "FLOAT",
        DuckDbTypeId.Double => "DOUBLE",
        DuckDbTypeId.Decimal => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({decimalWidth},{decimalScale})"),
        DuckDbTypeId.Varchar => "VARCHAR",
        DuckDbTypeId.Blob => "BLOB",
        DuckDbTypeId.Date => "DATE",
        DuckDbTypeId.Time => "TIME",
        DuckDbTypeId.TimeNs => "TIME_NS",
        DuckDbTypeId.TimeTz => "TIME WITH TIME ZONE",
        DuckDbTypeId.Timestamp => "TIMESTAMP",
        DuckDbTypeId.TimestampS => "TIMESTAMP_S",
        DuckDbTypeId.TimestampMs => "TIMESTAMP_MS",
        DuckDbTypeId.TimestampNs => "TIMESTAMP_NS",
        DuckDbTypeId.TimestampTz => "TIMESTAMP WITH TIME ZONE",
        DuckDbTypeId.Interval => "INTERVAL",
        DuckDbTypeId.Uuid => "UUID",
        DuckDbTypeId.Enum => "ENUM",
        DuckDbTypeId.List => "LIST",
        DuckDbTypeId.Struct => "STRUCT",
        DuckDbTypeId.Map => "MAP",
        DuckDbTypeId.Array => "ARRAY",
        DuckDbTypeId.Union => "UNION",
        DuckDbTypeId.Bit => "BIT",
        DuckDbTypeId.BigNum => "BIGNUM",
        DuckDbTypeId.SqlNull => "NULL",
        DuckDbTypeId.Geometry => "GEOMETRY",
        DuckDbTypeId.Variant => "VARIANT",
        _ => type.ToString().ToUpperInvariant(),
    };
}
