using EcomCompare.Cube.Build;
using EcomCompare.Ingestion;

namespace EcomCompare.Testing;

/// <summary>
/// A real cube built from the shipped documents into a temp folder, once per test process. Tests that rebuild
/// or corrupt a cube make their own with <see cref="BuildInto"/>.
/// </summary>
public static class TestCube
{
    private static readonly Lazy<string> Shared = new(() => BuildInto(Directory.CreateTempSubdirectory("ecomcompare-test-cube-").FullName));

    /// <summary>Path of the shared cube file (read it, never modify it).</summary>
    public static string Path => Shared.Value;

    /// <summary>Builds a fresh cube from the shipped documents into <paramref name="directory"/>; returns its path.</summary>
    public static string BuildInto(string directory)
    {
        var path = System.IO.Path.Combine(directory, "cube.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(RepoPaths.Sources, RepoPaths.Categories), path);
        return path;
    }
}
