// DuckDB C API — Logical type interface: https://duckdb.org/docs/stable/clients/c/types
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbTypeId duckdb_get_type_id(LogicalTypeHandle type);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial byte duckdb_decimal_width(LogicalTypeHandle type);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial byte duckdb_decimal_scale(LogicalTypeHandle type);

    /// <summary>SMALLINT, INTEGER, BIGINT or HUGEINT: how the decimal's unscaled value is stored in a vector.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbTypeId duckdb_decimal_internal_type(LogicalTypeHandle type);

    /// <summary>UTINYINT, USMALLINT or UINTEGER: how an enum's dictionary index is stored in a vector.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbTypeId duckdb_enum_internal_type(LogicalTypeHandle type);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial uint duckdb_enum_dictionary_size(LogicalTypeHandle type);

    /// <summary>Free with <c>duckdb_free</c>.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_enum_dictionary_value(LogicalTypeHandle type, ulong index);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_destroy_logical_type(ref IntPtr type);
}
