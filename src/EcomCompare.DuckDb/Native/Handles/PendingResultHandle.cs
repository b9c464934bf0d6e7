namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_pending_result</c>; freed with <c>duckdb_destroy_pending</c>.</summary>
internal sealed class PendingResultHandle : DuckDbSafeHandle
{
    public PendingResultHandle(PreparedStatementHandle statement)
        : base(statement)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_destroy_pending(ref value);
}
