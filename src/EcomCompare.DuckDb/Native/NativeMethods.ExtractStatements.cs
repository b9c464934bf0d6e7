// DuckDB C API — Extract statements (multi-statement scripts): https://duckdb.org/docs/stable/clients/c/prepared
using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary>Returns the number of statements, 0 on a parse error. Destroy the extracted statements in any case.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ulong duckdb_extract_statements(ConnectionHandle connection, string query, ref IntPtr outStatements);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_prepare_extracted_statement(ConnectionHandle connection, ExtractedStatementsHandle statements, ulong index, ref IntPtr outStatement);

    /// <summary>Owned by the extracted statements; must not be freed.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr duckdb_extract_statements_error(ExtractedStatementsHandle statements);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void duckdb_destroy_extracted(ref IntPtr statements);
}
