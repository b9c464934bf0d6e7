// DuckDB C API — Data chunk interface: https://duckdb.org/docs/stable/clients/c/data_chunk
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_destroy_data_chunk(ref IntPtr chunk);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ulong duckdb_data_chunk_get_column_count(DataChunkHandle chunk);

    /// <summary>The vector lives as long as the chunk; it is not destroyed separately (hence a raw pointer).</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_data_chunk_get_vector(DataChunkHandle chunk, ulong column);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ulong duckdb_data_chunk_get_size(DataChunkHandle chunk);
}
