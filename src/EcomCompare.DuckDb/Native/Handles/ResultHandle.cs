using System.Runtime.InteropServices;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>
/// Owns the native memory of one 48-byte <c>duckdb_result</c> struct. The handle value IS the
/// <c>duckdb_result*</c> the C API expects; releasing it calls <c>duckdb_destroy_result</c> (safe on a zeroed or
/// failed result) and then frees the struct. Its parent is the prepared statement it came from, so the statement
/// (and, through it, the connection) outlives the result even if the command is disposed mid-stream.
/// </summary>
internal sealed unsafe class ResultHandle : DuckDbSafeHandle
{
    public ResultHandle(PreparedStatementHandle statement)
        : base(statement)
    {
        Attach((IntPtr)NativeMemory.AllocZeroed((nuint)sizeof(NativeResult)));
    }

    /// <summary><c>duckdb_fetch_chunk</c> (which takes the struct by value): the next chunk, or zero at the end/on error.</summary>
    public IntPtr FetchChunk()
    {
        var added = false;
        try
        {
            DangerousAddRef(ref added);
            return NativeMethods.duckdb_fetch_chunk(*(NativeResult*)handle);
        }
        finally
        {
            if (added)
            {
                DangerousRelease();
            }
        }
    }

    /// <summary><c>duckdb_result_return_type</c> (which takes the struct by value).</summary>
    public DuckDbResultType ReturnType
    {
        get
        {
            var added = false;
            try
            {
                DangerousAddRef(ref added);
                return NativeMethods.duckdb_result_return_type(*(NativeResult*)handle);
            }
            finally
            {
                if (added)
                {
                    DangerousRelease();
                }
            }
        }
    }

    protected override void Free(IntPtr value)
    {
        NativeMethods.duckdb_destroy_result(value);
        NativeMemory.Free((void*)value);
    }
}
