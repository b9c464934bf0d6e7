// DuckDB C API — Streaming result interface: https://duckdb.org/docs/stable/clients/c/api
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>
    /// Next chunk of a (streaming or materialized) result, flattened; NULL when exhausted or on error (then
    /// <see cref="duckdb_result_error"/> is set). Takes the result struct BY VALUE.
    /// </summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_fetch_chunk(NativeResult result);
}
