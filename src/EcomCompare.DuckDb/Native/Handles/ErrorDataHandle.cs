namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>Owns a <c>duckdb_error_data</c>; freed with <c>duckdb_destroy_error_data</c>.</summary>
internal sealed class ErrorDataHandle : DuckDbSafeHandle
{
    public ErrorDataHandle()
        : base(null)
    {
    }

    protected override void Free(IntPtr value) => NativeMethods.duckdb_destroy_error_data(ref value);
}
