using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native.Interop;

/// <summary><c>duckdb_timestamp</c>: microseconds since 1970-01-01 00:00:00 (UTC for TIMESTAMPTZ).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct NativeTimestamp
{
    public readonly long Micros;

    public NativeTimestamp(long micros) => Micros = micros;
}
