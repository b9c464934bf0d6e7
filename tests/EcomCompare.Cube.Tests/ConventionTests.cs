using System.Text.RegularExpressions;
using EcomCompare.Testing;

namespace EcomCompare.Cube.Tests;

/// <summary>
/// Code tests that keep the architecture's promises (after ScottPlot's): native calls only in the binding, SQL text
/// only from the cube's renderer and its own constant schema, no culture-dependent formatting in the product.
/// </summary>
public partial class ConventionTests
{
    private static IEnumerable<(string Path, string Text)> ProductSources() =>
        new[] { "src", "dashboards" }
            .Select(d => Path.Combine(RepoPaths.Root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/'), File.ReadAllText(p)));

    [Fact]
    public void NoProductCodeCallsNativeCodeItself()
    {
        // DuckDB is reached through DuckDB.NET's ADO.NET provider only.
        Assert.Empty(ProductSources().Where(f => NativeImport().IsMatch(f.Text)).Select(f => f.Path));
    }

    [Fact]
    public void OnlyTheCubeProjectNamesDuckDbTypes()
    {
        // OData, charts, workbooks, the dashboard and the CLI see CubeConnection and CubeQueryException, never the provider.
        var users = ProductSources().Where(f => f.Text.Contains("DuckDB.NET", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.NotEmpty(users);
        Assert.DoesNotContain(users, p => !p.StartsWith("src/EcomCompare.Cube/", StringComparison.Ordinal));
    }

    [Fact]
    public void SqlTextIsSetOnlyWhereTheRendererOrTheCubesOwnSchemaProvidesIt()
    {
        // The cube connection (rendered statements), the builder's constant DDL and checks, and the store's
        // sandbox check and build-info read are the only places allowed to hand text to DuckDB.
        string[] allowed =
        [
            "src/EcomCompare.Cube/Store/CubeConnection.cs",
            "src/EcomCompare.Cube/Build/ConstantSql.cs",
            "src/EcomCompare.Cube/Store/CubeGeneration.cs",
        ];
        var setters = ProductSources().Where(f => CommandText().IsMatch(f.Text)).Select(f => f.Path).ToList();
        Assert.Contains("src/EcomCompare.Cube/Store/CubeConnection.cs", setters); // the scan does see them
        Assert.DoesNotContain(setters, p => !allowed.Any(a => p.StartsWith(a, StringComparison.Ordinal)));
    }

    [Fact]
    public void NoProductCodeFormatsNumbersWithTheCurrentCulture()
    {
        // ToString() of a number without a provider depends on the server's locale.
        var offenders = ProductSources()
            .SelectMany(f => CultureLessFormat().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))
            .ToList();
        Assert.Empty(offenders);
    }

    /// <summary>The longest line the tree keeps (.editorconfig's max_line_length says the same to editors).</summary>
    public const int MaxLineLength = 150;

    [Fact]
    public void NoLineIsLongerThanTheLimitButForOneStringLiteral()
    {
        // A line may pass the limit only by one string literal that reads better whole — a golden SQL text, a URL, a
        // sentence: without it the line must fit. Code, markup and comments wrap.
        var offenders = new[] { "src", "dashboards", "tests" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, d), "*.*", SearchOption.AllDirectories))
            .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".razor", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal)
                        && !p.Contains("/node_modules/", StringComparison.Ordinal))
            .SelectMany(p => File.ReadLines(Path.Combine(RepoPaths.Root, p)).Select((line, i) => (Path: p, Number: i + 1, Line: line)))
            .Where(l => l.Line.Length > MaxLineLength
                        && l.Line.Length - StringLiteral().Matches(l.Line).Select(m => m.Length - 2).DefaultIfEmpty(0).Max() > MaxLineLength)
            .Select(l => $"{l.Path}:{l.Number} has {l.Line.Length} characters")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void TheEditorsAreToldTheSameLimit() =>
        Assert.Contains(
            $"max_line_length = {MaxLineLength}", File.ReadAllText(Path.Combine(RepoPaths.Root, ".editorconfig")), StringComparison.Ordinal);

    [GeneratedRegex(@"@?\$?""(?:[^""\\]|\\.|"""")*""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\[(DllImport|LibraryImport)\(", RegexOptions.CultureInvariant)]
    private static partial Regex NativeImport();

    [GeneratedRegex(@"\.CommandText\s*=", RegexOptions.CultureInvariant)]
    private static partial Regex CommandText();

    [GeneratedRegex(@"\b(decimal|double|int|long)\.Parse\([^,()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex CultureLessFormat();
}
