using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Reading;

/// <summary>Everything the readers need to know about one result column, read once per result.</summary>
internal sealed class ColumnInfo
{
    private ColumnInfo(string name, DuckDbTypeId type)
    {
        Name = name;
        Type = type;
        TypeName = TypeNames.Of(type);
    }

    public string Name { get; }

    public DuckDbTypeId Type { get; }

    public string TypeName { get; private set; }

    /// <summary>DECIMAL scale (digits after the point).</summary>
    public byte DecimalScale { get; private set; }

    /// <summary>How the DECIMAL's unscaled value is stored: SmallInt, Integer, BigInt or HugeInt.</summary>
    public DuckDbTypeId DecimalStorage { get; private set; }

    /// <summary>How the ENUM's dictionary index is stored: UTinyInt, USmallInt or UInteger.</summary>
    public DuckDbTypeId EnumStorage { get; private set; }

    public string[] EnumValues { get; private set; } = [];

    public static ColumnInfo FromResult(ResultHandle result, int column)
    {
        var name = NativeString.Borrowed(NativeMethods.duckdb_column_name(result, (ulong)column)) ?? string.Empty;
        using var type = new LogicalTypeHandle();
        type.Attach(NativeMethods.duckdb_column_logical_type(result, (ulong)column));
        var info = new ColumnInfo(name, NativeMethods.duckdb_get_type_id(type));
        if (info.Type == DuckDbTypeId.Decimal)
        {
            var width = NativeMethods.duckdb_decimal_width(type);
            info.DecimalScale = NativeMethods.duckdb_decimal_scale(type);
            info.DecimalStorage = NativeMethods.duckdb_decimal_internal_type(type);
            info.TypeName = TypeNames.Of(DuckDbTypeId.Decimal, width, info.DecimalScale);
        }
        else if (info.Type == DuckDbTypeId.Enum)
        {
            info.EnumStorage = NativeMethods.duckdb_enum_internal_type(type);
            var values = new string[NativeMethods.duckdb_enum_dictionary_size(type)];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = NativeString.Owned(NativeMethods.duckdb_enum_dictionary_value(type, (ulong)i)) ?? string.Empty;
            }

            info.EnumValues = values;
        }

        return info;
    }
}
