using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native.Interop;

/// <summary><c>duckdb_date</c>: days since 1970-01-01.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct NativeDate
{
    public readonly int Days;

    public NativeDate(int days) => Days = days;
}
