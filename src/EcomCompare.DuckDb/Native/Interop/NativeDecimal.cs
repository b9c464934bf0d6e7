using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native.Interop;

/// <summary>
/// <c>duckdb_decimal</c>: <c>{ uint8_t width; uint8_t scale; duckdb_hugeint value; }</c> — 24 bytes, the hugeint at
/// offset 8 (six padding bytes after the scale). Passed by value.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct NativeDecimal
{
    public readonly byte Width;
    public readonly byte Scale;
    public readonly NativeHugeInt Value;

    public NativeDecimal(byte width, byte scale, Int128 value)
    {
        Width = width;
        Scale = scale;
        Value = new NativeHugeInt(value);
    }
}
