using System.Text.RegularExpressions;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests;

/// <summary>
/// The test suite's own rules (tests/README.md): no test asserts that something was fast, and none sleeps a thread.
/// A test that does fails by chance on a busy machine, and a CI run that fails by chance loses the whole change.
/// </summary>
public sealed partial class TestSuiteRulesTests
{
    // The benchmarks measure time on purpose; this file names the patterns it looks for.
    private static readonly string[] Exempt = [Path.Combine("tests", "EcomCompare.Benchmarks"), nameof(TestSuiteRulesTests) + ".cs"];

    public static TheoryData<string> TestSources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file);
            if (!relative.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !relative.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !Exempt.Any(e => relative.Contains(e, StringComparison.Ordinal)))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestSources))]
    public void NoTestAssertsThatSomethingWasFastOrSleepsAThread(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, file));
        var offending = lines.Select((text, i) => (Text: text, Line: i + 1))
            .Where(l => UpperBoundOnElapsed().IsMatch(l.Text) || l.Text.Contains("Thread.Sleep(", StringComparison.Ordinal))
            .Select(l => $"{file}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offending.Count == 0, "tests/README.md: measure speed in make bench; wait for the event, not a window:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void TheRuleCatchesWhatItIsMeantToCatch()
    {
        Assert.Matches(UpperBoundOnElapsed(), "Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), \"too slow\");");
        Assert.Matches(UpperBoundOnElapsed(), "Assert.InRange(watch.ElapsedMilliseconds, 0, 500);");
        Assert.Matches(UpperBoundOnElapsed(), "Assert.True((ranFor - limit).Duration() <= TimeSpan.FromSeconds(1));");
        Assert.DoesNotMatch(UpperBoundOnElapsed(), "Assert.True(r.Elapsed >= limit, \"answered before the limit\");");
    }

    // An assertion that bounds a duration from above: "Elapsed <", "ElapsedMilliseconds" in a range, "Duration() <=".
    [GeneratedRegex(@"Assert\.\w+\(.*(Elapsed\w*\s*<|Elapsed\w*,\s*\d+\s*,|Duration\(\)\s*<|TotalMilliseconds\s*<|TotalSeconds\s*<)", RegexOptions.CultureInvariant)]
    private static partial Regex UpperBoundOnElapsed();
}
