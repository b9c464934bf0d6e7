using System.Diagnostics;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests.Access;

/// <summary>Issue 23 (7): a build that cannot write its folder says so in one line naming the folder, without a stack trace.</summary>
public sealed class CliBuildFailureTests
{
    [Fact]
    public async Task ABuildIntoAFolderThatCannotBeWrittenSaysSoInOneLine()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc refuses new folders even to root: the read-only folder every Linux machine has
        }

        var cli = new[] { "Release", "Debug" }
            .Select(c => Path.Combine(RepoPaths.Root, "src", "EcomCompare.Cli", "bin", c, "net10.0", "ecomcompare.dll"))
            .Where(File.Exists).OrderByDescending(File.GetLastWriteTimeUtc).First();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "build", "--cube", "/proc/ecomcompare-read-only/cube.duckdb" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(1, process.ExitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("error: cannot write the cube in /proc/ecomcompare-read-only:", lines[0], StringComparison.Ordinal);
        Assert.Equal("The cube was not changed.", lines[1]);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
