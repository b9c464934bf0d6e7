namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns <c>duckdb_extracted_statements</c>; freed with <c>duckdb_destroy_extracted</c>.</summary>
internal sealed class ExtractedStatementsHandle : DuckDbSafeHandle
{
    public ExtractedStatementsHandle(ConnectionHandle connection)
        : base(connection)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_destroy_extracted(ref value);
}
