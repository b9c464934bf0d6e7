namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_value</c>; freed with <c>duckdb_destroy_value</c>.</summary>
internal sealed class ValueHandle : DuckDbSafeHandle
{
    public ValueHandle()
        : base(null)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_destroy_value(ref value);
}
