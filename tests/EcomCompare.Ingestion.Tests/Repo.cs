namespace EcomCompare.Ingestion.Tests;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Sources => Path.Combine(Root, "cube", "sources");

    public static string Categories => Path.Combine(Root, "cube", "categories");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EcomCompare.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EcomCompare.sln not found above " + AppContext.BaseDirectory);
    }
}
