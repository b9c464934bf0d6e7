namespace EcomCompare.Cli;

/// <summary>Default locations, relative to the repository root (found from the working directory upwards).</summary>
internal static class CliPaths
{
    public static string Root { get; } = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    public static string DefaultCube => Environment.GetEnvironmentVariable("ECOMCOMPARE_CUBE") is { Length: > 0 } path ? path : Path.Combine(Root, ".build", "cube", "ecomcompare.duckdb");

    public static string DefaultSources => Path.Combine(Root, "cube", "sources");

    public static string DefaultCategories => Path.Combine(Root, "cube", "categories");

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EcomCompare.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
