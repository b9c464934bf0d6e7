// DuckDB C API overview: https://duckdb.org/docs/stable/clients/c/overview
// This file only resolves the native library; every other NativeMethods.*.cs file mirrors one C API section.
using System.Reflection;
using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native;

/// <summary>
/// Raw imports of the DuckDB C API (<c>duckdb.h</c>, v1.5), one partial file per section of the C API documentation.
/// Handles are passed as <see cref="SafeHandle"/> subclasses so that a handle cannot be freed while a call is using it.
/// </summary>
internal static partial class NativeMethods
{
    /// <summary>The logical library name every import uses; resolved by <see cref="Resolve"/>.</summary>
    internal const string LibraryName = "duckdb";

    /// <summary>Environment variable that may hold the full path of the DuckDB shared library.</summary>
    internal const string LibraryPathVariable = "ECOMCOMPARE_DUCKDB_LIBRARY";

    // An explicit static constructor (not a [ModuleInitializer], which CA2255 discourages in libraries) runs before
    // the first import of this class is called, so the resolver is always installed in time.
    static NativeMethods()
    {
        NativeLibrary.SetDllImportResolver(typeof(NativeMethods).Assembly, Resolve);
    }

    private static string PlatformFileName =>
        OperatingSystem.IsWindows() ? "duckdb.dll" : OperatingSystem.IsMacOS() ? "libduckdb.dylib" : "libduckdb.so";

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != LibraryName)
        {
            return IntPtr.Zero;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(LibraryPathVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            if (NativeLibrary.TryLoad(fromEnvironment, out var explicitHandle))
            {
                return explicitHandle;
            }

            throw new DllNotFoundException(
                $"{LibraryPathVariable} points to '{fromEnvironment}', which could not be loaded as the DuckDB library. " +
                "Fix the variable, or unset it and run `make native` to download the pinned libduckdb.");
        }

        var besideAssembly = Path.Combine(AppContext.BaseDirectory, PlatformFileName);
        if (File.Exists(besideAssembly) && NativeLibrary.TryLoad(besideAssembly, out var localHandle))
        {
            return localHandle;
        }

        if (NativeLibrary.TryLoad(libraryName, assembly, searchPath, out var probedHandle))
        {
            return probedHandle;
        }

        throw new DllNotFoundException(
            $"The DuckDB native library ({PlatformFileName}) was not found: not in {LibraryPathVariable}, not at " +
            $"'{besideAssembly}', and not on the default search path. Run `make native` to download the pinned " +
            "libduckdb (it is then copied next to every assembly that references EcomCompare.DuckDb), or set " +
            $"{LibraryPathVariable} to its full path.");
    }
}
