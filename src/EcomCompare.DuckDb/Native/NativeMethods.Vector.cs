// DuckDB C API — Vector interface: https://duckdb.org/docs/stable/clients/c/vector
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>Start of the vector's values (layout depends on the type: fixed-width values, 16-byte string_t…).</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void* duckdb_vector_get_data(IntPtr vector);

    /// <summary>Bit mask, one bit per row (1 = valid), 64 rows per uint64; NULL means "all rows valid".</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ulong* duckdb_vector_get_validity(IntPtr vector);
}
