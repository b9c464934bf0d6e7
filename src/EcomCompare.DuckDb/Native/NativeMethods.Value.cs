// DuckDB C API — Value interface: https://duckdb.org/docs/stable/clients/c/value
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_destroy_value(ref IntPtr value);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_create_decimal(NativeDecimal value);
}
