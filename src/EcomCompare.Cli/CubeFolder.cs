namespace EcomCompare.Cli;

/// <summary>The folder a build writes the cube's generations into, and what to say when it cannot be written.</summary>
internal static class CubeFolder
{
    /// <summary>Why the build cannot write beside <paramref name="cube"/>, or null when it can.</summary>
    public static string? NotWritable(string cube)
    {
        var folder = Folder(cube);
        var probe = Path.Combine(folder, $".ecomcompare-write-check-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(probe, [0]);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write the cube in {folder}: {FirstLine(e.Message)} (a read-only or full disk, or no permission)";
        }
    }

    /// <summary>One line for a build that failed writing: the folder and the first line of the reason.</summary>
    public static string WriteFailure(string cube, Exception failure) =>
        $"the build could not write the cube in {Folder(cube)}: {FirstLine(failure.Message)} (is the disk full or read-only?)";

    private static string Folder(string cube) => Path.GetDirectoryName(Path.GetFullPath(cube)) ?? ".";

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
