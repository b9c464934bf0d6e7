// DuckDB C API — Validity mask functions: https://duckdb.org/docs/stable/clients/c/vector
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>
    /// DuckDB's own per-row validity test. The readers inline the same bit test instead of calling this per value;
    /// the tests use it to cross-check that inline test.
    /// </summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool duckdb_validity_row_is_valid(ulong* validity, ulong row);
}
