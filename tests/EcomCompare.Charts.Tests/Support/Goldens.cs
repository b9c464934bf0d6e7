using EcomCompare.Testing;

namespace EcomCompare.Charts.Tests.Support;

/// <summary>
/// Golden files under <c>tests/EcomCompare.Charts.Tests/Goldens</c>, compared as text. To accept new output after
/// an intended change: <c>ECOMCOMPARE_UPDATE_GOLDENS=1 dotnet test tests/EcomCompare.Charts.Tests</c>, then review
/// the diff with <c>git diff</c>. A mismatch leaves the actual file next to the test artifacts.
/// </summary>
internal static class Goldens
{
    public static bool Updating => Environment.GetEnvironmentVariable("ECOMCOMPARE_UPDATE_GOLDENS") == "1";

    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "EcomCompare.Charts.Tests", "Goldens");

    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Directory, name);
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no golden {path}: run with ECOMCOMPARE_UPDATE_GOLDENS=1 to create it");
        var expected = File.ReadAllText(path);
        if (expected == actual)
        {
            return;
        }

        var artifact = Path.Combine(RepoPaths.Artifacts, "goldens", name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        File.WriteAllText(artifact, actual);
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail(
            $"{name} differs from its golden at line {line + 1}:\n  golden: {(line < e.Length ? e[line] : "<end>")}\n  actual: {(line < a.Length ? a[line] : "<end>")}\n" +
            $"actual written to {artifact}; diff it with: diff {path} {artifact}");
    }
}
