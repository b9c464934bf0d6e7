namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_connection</c>; freed with <c>duckdb_disconnect</c>. Keeps its database alive.</summary>
internal sealed class ConnectionHandle : DuckDbSafeHandle
{
    public ConnectionHandle(DatabaseHandle database)
        : base(database)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_disconnect(ref value);
}
