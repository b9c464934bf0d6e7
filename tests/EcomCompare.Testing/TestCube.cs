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

    private static readonly Lazy<string> SharedMoreLayouts = new(() => BuildWithMoreLayouts(Directory.CreateTempSubdirectory("ecomcompare-test-layouts-").FullName));

    /// <summary>A shared cube of the shipped plans and the made-up Đồi Chè and Bến Sông plans (<see cref="BuildWithMoreLayouts"/>; read it, never modify it).</summary>
    public static string MoreLayoutsPath => SharedMoreLayouts.Value;

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

    /// <summary>
    /// The shipped plans plus two made-up plans of the ingestion tests in layouts the shipped ones do not use: Đồi Chè
    /// (a table in 1.000 đồng, local money split into provincial 800 and district 300 million, central 1.000,
    /// enterprise 300; an agency column) and Bến Sông (money by year and source with no task split: 3.000 million,
    /// 1.000 central, 1.600 local, 400 enterprise). Returns the cube's path.
    /// </summary>
    public static string BuildWithMoreLayouts(string directory)
    {
        var (sources, categories) = CopyData(directory);
        foreach (var file in new[] { "doi-che.txt", "ben-song.txt" })
        {
            File.Copy(System.IO.Path.Combine(RepoPaths.Root, "tests", "EcomCompare.Ingestion.Tests", "Fixtures", file), System.IO.Path.Combine(sources, file));
        }

        File.AppendAllText(System.IO.Path.Combine(sources, "manifest.tsv"),
            "doi-che\tĐồi Chè\tTrung du và miền núi phía Bắc\t2/QĐ-UBND\t2021-04-01\t2021-2025\tĐồi Chè\t\ttasks\tdoi-che.txt\n" +
            "ben-song\tBến Sông\tĐồng bằng sông Cửu Long\t3/QĐ-UBND\t2021-05-01\t2021-2025\tBến Sông\t\ttasks\tben-song.txt\n");
        File.AppendAllLines(System.IO.Path.Combine(categories, "item-categories.tsv"),
        [
            "doi-che\t1.1\tawareness\tTuyên truyền về thương mại\t",
            "doi-che\t1.2\tawareness\tXây dựng chuyên mục\t",
            "doi-che\t2.1\tenterprise-support\tHỗ trợ doanh nghiệp\t",
        ]);
        var path = System.IO.Path.Combine(directory, "cube.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(sources, categories), path);
        return path;
    }

    private static (string Sources, string Categories) CopyData(string directory)
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

        return (sources, categories);
    }
}
