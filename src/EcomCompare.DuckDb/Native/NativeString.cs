using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native;

/// <summary>UTF-8 <c>char*</c> helpers for strings the C API returns.</summary>
internal static class NativeString
{
    /// <summary>Copies a string the C API still owns (must not be freed).</summary>
    public static string? Borrowed(IntPtr utf8) => utf8 == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(utf8);

    /// <summary>Copies a string the C API handed over, then frees it with <c>duckdb_free</c>.</summary>
    public static string? Owned(IntPtr utf8)
    {
        if (utf8 == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(utf8);
        }
        finally
        {
            NativeMethods.duckdb_free(utf8);
        }
    }
}
