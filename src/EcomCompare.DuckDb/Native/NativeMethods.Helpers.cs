// DuckDB C API — Helpers: https://duckdb.org/docs/stable/clients/c/api
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>Frees strings the C API hands over (parameter names, enum dictionary values, open errors).</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_free(IntPtr pointer);
}
