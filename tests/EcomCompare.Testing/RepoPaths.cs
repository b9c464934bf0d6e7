namespace EcomCompare.Testing;

/// <summary>Paths inside the repository, found from the test assembly's folder upwards.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding EcomCompare.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>cube/sources</c>.</summary>
    public static string Sources => Path.Combine(Root, "cube", "sources");

    /// <summary><c>cube/categories</c>.</summary>
    public static string Categories => Path.Combine(Root, "cube", "categories");

    /// <summary>Where tests save artifacts a person looks at (screenshots, rendered charts): <c>.build/test-artifacts</c>.</summary>
    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(Root, ".build", "test-artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

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
