namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_data_chunk</c> fetched from a result; freed with <c>duckdb_destroy_data_chunk</c>. Its vectors are only valid while it lives.</summary>
internal sealed class DataChunkHandle : DuckDbSafeHandle
{
    public DataChunkHandle(ResultHandle result)
        : base(result)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_destroy_data_chunk(ref value);
}
