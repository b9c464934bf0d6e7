namespace EcomCompare.Cli;

/// <summary>
/// Default locations, relative to the working directory — the repository's root, where <c>make</c> runs the command
/// (<c>--cube</c>, <c>--sources</c>, <c>--categories</c> and <c>$ECOMCOMPARE_CUBE</c> say otherwise).
/// </summary>
internal static class CliPaths
{
    public static string DefaultCube => Environment.GetEnvironmentVariable("ECOMCOMPARE_CUBE") is { Length: > 0 } path
        ? path
        : Path.GetFullPath(Path.Combine(".build", "cube", "ecomcompare.duckdb"));

    public static string DefaultSources => Path.GetFullPath(Path.Combine("cube", "sources"));

    public static string DefaultCategories => Path.GetFullPath(Path.Combine("cube", "categories"));
}
