namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_config</c>; freed with <c>duckdb_destroy_config</c>.</summary>
internal sealed class ConfigHandle : DuckDbSafeHandle
{
    public ConfigHandle()
        : base(null)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_destroy_config(ref value);
}
