namespace EcomCompare.Testing;

/// <summary>A copy of the repository's data folder (<c>cube/</c>: sources, categories, provinces) that a test may change.</summary>
public static class TestData
{
    /// <summary>Copies the data folder into <paramref name="directory"/> (audit log and history left out); returns it.</summary>
    public static string CopyInto(string directory)
    {
        foreach (var part in new[] { "sources", "categories", "provinces" })
        {
            var from = Path.Combine(RepoPaths.Root, "cube", part);
            var to = Directory.CreateDirectory(Path.Combine(directory, part)).FullName;
            foreach (var file in Directory.GetFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }

        return directory;
    }

    /// <summary>A made-up plan of the ingestion tests' fixtures (<c>nui-do.txt</c>, …), as text.</summary>
    public static string Fixture(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "EcomCompare.Ingestion.Tests", "Fixtures", name));
}
