namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_logical_type</c>; freed with <c>duckdb_destroy_logical_type</c>.</summary>
internal sealed class LogicalTypeHandle : DuckDbSafeHandle
{
    public LogicalTypeHandle()
        : base(null)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_destroy_logical_type(ref value);
}
