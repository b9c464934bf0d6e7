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

    private static readonly Lazy<string> SharedWholePeriod = new(
        () => BuildWithWholePeriodPlan(Directory.CreateTempSubdirectory("ecomcompare-test-wholeperiod-").FullName));

    /// <summary>Path of the shared cube file (read it, never modify it).</summary>
    public static string Path => Shared.Value;

    /// <summary>A shared cube of the shipped plans and the made-up whole-period Núi Đỏ plan (<see
    /// cref="BuildWithWholePeriodPlan"/>; read it, never modify it).</summary>
    public static string WholePeriodPath => SharedWholePeriod.Value;

    /// <summary>Builds a fresh cube from the shipped documents into <paramref name="directory"/>; returns its path.</summary>
    public static string BuildInto(string directory)
    {
        var path = System.IO.Path.Combine(directory, "cube.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(RepoPaths.Sources, RepoPaths.Categories), path);
        return path;
    }

    /// <summary>
    /// The shipped plans plus the made-up Núi Đỏ plan of the ingestion tests (a whole-period table: 1.700 central,
    /// 2.000 local, 1.300 enterprise and 200 "other" million VND, 5.200 in all, no year split), copied into
    /// <paramref name="directory"/> with its manifest line and category mappings and built there; returns the cube's path.
    /// </summary>
    public static string BuildWithWholePeriodPlan(string directory)
    {
        var sources = Directory.CreateDirectory(System.IO.Path.Combine(directory, "sources")).FullName;
        var categories = Directory.CreateDirectory(System.IO.Path.Combine(directory, "categories")).FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.Sources))
        {
            File.Copy(file, System.IO.Path.Combine(sources, System.IO.Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(RepoPaths.Categories))
        {
            File.Copy(file, System.IO.Path.Combine(categories, System.IO.Path.GetFileName(file)));
        }

        // An empty shape: detected.
        File.Copy(
            System.IO.Path.Combine(RepoPaths.Root, "tests", "EcomCompare.Ingestion.Tests", "Fixtures", "nui-do.txt"),
            System.IO.Path.Combine(sources, "nui-do.txt"));
        File.AppendAllText(
            System.IO.Path.Combine(sources, "manifest.tsv"),
            "nui-do\tNúi Đỏ\tTrung du và miền núi phía Bắc\t1/QĐ-UBND\t2021-03-01\t2021-2025\tNúi Đỏ\t\ttasks\tnui-do.txt\n");
        File.AppendAllLines(System.IO.Path.Combine(categories, "item-categories.tsv"),
        [
            "nui-do\tI.1\thuman-resources\tĐào tạo kỹ năng\t",
            "nui-do\tI.2\thuman-resources\tTập huấn cho cán bộ\t",
            "nui-do\tII.1\tinfrastructure\tNâng cấp sàn\t",
            "nui-do\tII.2\tenterprise-support\tHỗ trợ doanh nghiệp\t",
        ]);
        var path = System.IO.Path.Combine(directory, "cube.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(sources, categories), path);
        return path;
    }
}
