// DuckDB C API — Prepared statements: https://duckdb.org/docs/stable/clients/c/prepared
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>Destroy the statement even when this fails. On an internal exception the out-pointer is NOT written.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_prepare(ConnectionHandle connection, string query, ref IntPtr outStatement);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_destroy_prepare(ref IntPtr statement);

    /// <summary>Owned by the statement; must not be freed. Carries only a message, no error type.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_prepare_error(PreparedStatementHandle statement);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ulong duckdb_nparams(PreparedStatementHandle statement);

    /// <summary>1-based index; the name of <c>?</c>/<c>$1</c> parameters is their number. Free with <c>duckdb_free</c>.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_parameter_name(PreparedStatementHandle statement, ulong index);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbStatementType duckdb_prepared_statement_type(PreparedStatementHandle statement);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_clear_bindings(PreparedStatementHandle statement);
}
