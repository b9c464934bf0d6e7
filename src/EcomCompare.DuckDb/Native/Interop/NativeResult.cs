using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native.Interop;

/// <summary>
/// <c>duckdb_result</c>: a 48-byte struct (five deprecated fields plus <c>internal_data</c>). The C API fills it
/// through a pointer and a few newer functions (<c>duckdb_fetch_chunk</c>, <c>duckdb_result_return_type</c>) take it
/// BY VALUE, so it must be declared with its exact layout. It lives in native memory owned by
/// <see cref="Handles.ResultHandle"/>; never copy it and destroy it twice.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeResult
{
    public ulong DeprecatedColumnCount;
    public ulong DeprecatedRowCount;
    public ulong DeprecatedRowsChanged;
    public IntPtr DeprecatedColumns;
    public IntPtr DeprecatedErrorMessage;
    public IntPtr InternalData;
}
