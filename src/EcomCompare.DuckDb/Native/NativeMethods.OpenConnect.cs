// DuckDB C API — Open/Connect (databases, connections, interrupt): https://duckdb.org/docs/stable/clients/c/connect
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_open_ext(string? path, ref IntPtr outDatabase, ConfigHandle config, ref IntPtr outError);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_close(ref IntPtr database);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_connect(DatabaseHandle database, ref IntPtr outConnection);

    /// <summary>Asks the query running on the connection to stop; it then fails with an INTERRUPT error. Thread-safe.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_interrupt(ConnectionHandle connection);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_disconnect(ref IntPtr connection);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_library_version();
}
