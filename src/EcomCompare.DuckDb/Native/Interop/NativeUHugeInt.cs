using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native.Interop;

/// <summary><c>duckdb_uhugeint</c>: <c>{ uint64_t lower; uint64_t upper; }</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct NativeUHugeInt
{
    public readonly ulong Lower;
    public readonly ulong Upper;

    public NativeUHugeInt(UInt128 value)
    {
        Lower = (ulong)value;
        Upper = (ulong)(value >> 64);
    }
}
