// DuckDB C API — Query execution (result metadata and errors): https://duckdb.org/docs/stable/clients/c/query
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>Takes the <c>duckdb_result*</c>; safe on a zeroed struct and leaves the struct zeroed.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_destroy_result(IntPtr result);

    /// <summary>Owned by the result; must not be freed.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_column_name(ResultHandle result, ulong column);

    /// <summary>Returns a logical type the caller must destroy.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_column_logical_type(ResultHandle result, ulong column);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ulong duckdb_column_count(ResultHandle result);

    /// <summary>
    /// Only meaningful when <see cref="duckdb_result_return_type"/> is CHANGED_ROWS: the implementation casts the
    /// result to a materialized result, so it must not be asked of a streaming SELECT result.
    /// </summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ulong duckdb_rows_changed(ResultHandle result);

    /// <summary>Owned by the result; must not be freed. NULL when there is no error.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_result_error(ResultHandle result);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbErrorType duckdb_result_error_type(ResultHandle result);

    /// <summary>Takes the 48-byte result struct by value.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbResultType duckdb_result_return_type(NativeResult result);
}
