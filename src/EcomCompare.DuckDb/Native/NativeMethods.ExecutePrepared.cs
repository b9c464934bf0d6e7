// DuckDB C API — Execute prepared statements: https://duckdb.org/docs/stable/clients/c/prepared
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>Materialized execution; fills the result even on failure (destroy it in any case).</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_execute_prepared(PreparedStatementHandle statement, ResultHandle result);
}
