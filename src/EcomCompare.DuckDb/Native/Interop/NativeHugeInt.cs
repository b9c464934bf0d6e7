using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native.Interop;

/// <summary>
/// <c>duckdb_hugeint</c>: <c>{ uint64_t lower; int64_t upper; }</c>, value = upper * 2^64 + lower. Declared as a
/// struct (not <see cref="Int128"/>) because the C type is a struct of two integers, which the x64 ABIs pass
/// differently from a native <c>__int128</c>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct NativeHugeInt
{
    public readonly ulong Lower;
    public readonly long Upper;

    public NativeHugeInt(Int128 value)
    {
        Lower = (ulong)value;
        Upper = (long)(value >> 64);
    }

    public Int128 ToInt128() => new((ulong)Upper, Lower);
}
