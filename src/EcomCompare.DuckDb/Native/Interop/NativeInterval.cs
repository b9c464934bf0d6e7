using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native.Interop;

/// <summary><c>duckdb_interval</c>: <c>{ int32_t months; int32_t days; int64_t micros; }</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct NativeInterval
{
    public readonly int Months;
    public readonly int Days;
    public readonly long Micros;

    public NativeInterval(int months, int days, long micros)
    {
        Months = months;
        Days = days;
        Micros = micros;
    }
}
