namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_prepared_statement</c>; freed with <c>duckdb_destroy_prepare</c> (also after a failed prepare, to free the error).</summary>
internal sealed class PreparedStatementHandle : DuckDbSafeHandle
{
    public PreparedStatementHandle(ConnectionHandle connection)
        : base(connection)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_destroy_prepare(ref value);
}
