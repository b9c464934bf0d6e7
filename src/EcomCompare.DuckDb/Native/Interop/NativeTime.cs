using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native.Interop;

/// <summary><c>duckdb_time</c>: microseconds since midnight.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct NativeTime
{
    public readonly long Micros;

    public NativeTime(long micros) => Micros = micros;
}
