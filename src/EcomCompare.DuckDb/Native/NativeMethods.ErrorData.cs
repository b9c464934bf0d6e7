// DuckDB C API — Error data: https://duckdb.org/docs/stable/clients/c/api
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_destroy_error_data(ref IntPtr errorData);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbErrorType duckdb_error_data_error_type(ErrorDataHandle errorData);

    /// <summary>Owned by the error data; must not be freed.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_error_data_message(ErrorDataHandle errorData);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool duckdb_error_data_has_error(ErrorDataHandle errorData);
}
