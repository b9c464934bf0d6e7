// DuckDB C API — Pending result interface: https://duckdb.org/docs/stable/clients/c/api
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>
    /// The only C API entry point that yields a STREAMING result (marked "scheduled for removal" in v1.5 but without
    /// a replacement yet). Destroy the pending result even when this fails.
    /// </summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_pending_prepared_streaming(PreparedStatementHandle statement, ref IntPtr outPending);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_destroy_pending(ref IntPtr pending);

    /// <summary>Owned by the pending result; must not be freed.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_pending_error(PendingResultHandle pending);

    /// <summary>Runs the query until its result is ready; always fills the result (errors included, with a type).</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_execute_pending(PendingResultHandle pending, ResultHandle result);
}
