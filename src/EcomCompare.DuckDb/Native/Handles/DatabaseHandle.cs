namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_database</c>; freed with <c>duckdb_close</c> once every connection handle is gone.</summary>
internal sealed class DatabaseHandle : DuckDbSafeHandle
{
    public DatabaseHandle()
        : base(null)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_close(ref value);
}
