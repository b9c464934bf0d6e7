namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_appender</c>; freed with <c>duckdb_appender_destroy</c> (which flushes; call close first to see errors).</summary>
internal sealed class AppenderHandle : DuckDbSafeHandle
{
    public AppenderHandle(ConnectionHandle connection)
        : base(connection)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_appender_destroy(ref value);
}
