// DuckDB C API — Configuration: https://duckdb.org/docs/stable/clients/c/config
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>Creates an empty config; destroy it even when this fails.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_create_config(ref IntPtr outConfig);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_set_config(ConfigHandle config, string name, string option);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_destroy_config(ref IntPtr config);
}
