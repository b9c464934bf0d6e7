using System.Text.RegularExpressions;

namespace EcomCompare.Cube.Store;

/// <summary>
/// The cube on disk. The configured path (<c>--cube</c>, <c>Cube:Path</c>, <c>$ECOMCOMPARE_CUBE</c>; by default
/// <c>.build/cube/ecomcompare.duckdb</c>) is the cube's name: a symbolic link — the pointer — to the live
/// generation beside it. Each build writes its own immutable generation file, named by its build id and a random
/// tag (<c>ecomcompare.&lt;buildid&gt;.&lt;tag&gt;.duckdb</c>), never touched again; switching to it is one atomic
/// rename of a new link over the pointer. Any DuckDB client opens the configured path and gets the live cube.
/// A regular DuckDB file at the configured path (a copy, a hand-made cube) is served as it is.
/// </summary>
internal static partial class CubeFiles
{
    /// <summary>Where a new generation of <paramref name="cubePath"/> goes.</summary>
    public static string NewGeneration(string cubePath, string buildId)
    {
        var (directory, stem, extension) = Parts(cubePath);
        return Path.Combine(directory, $"{stem}.{buildId}.{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 4))}{extension}");
    }

    /// <summary>The temporary file a generation is built in before it gets its name.</summary>
    public static string Building(string generation) =>
        Path.Combine(Path.GetDirectoryName(generation)!, "." + Path.GetFileName(generation) + ".building");

    /// <summary>
    /// The file that is live now: the pointer's target, or the configured path itself when it is a regular file;
    /// null when there is none (nothing built yet, or the pointer's target is gone).
    /// </summary>
    public static string? Live(string cubePath)
    {
        var info = new FileInfo(cubePath);
        if (info.LinkTarget is { } target)
        {
            var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(cubePath))!, target));
            return File.Exists(resolved) ? resolved : null;
        }

        return info.Exists ? Path.GetFullPath(cubePath) : null;
    }

    /// <summary>Points <paramref name="cubePath"/> at <paramref name="generation"/>: a new link renamed over the old one, atomic.</summary>
    public static void Point(string cubePath, string generation)
    {
        var full = Path.GetFullPath(cubePath);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.pointer");
        File.CreateSymbolicLink(temporary, Path.GetFileName(generation)); // relative: the folder can move
        try
        {
            File.Move(temporary, full, overwrite: true); // rename(2): readers see the old target or the new one
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>True when <paramref name="file"/> is one of <paramref name="cubePath"/>'s generations (or a leftover of building one).</summary>
    public static bool IsGeneration(string cubePath, string file)
    {
        var (directory, stem, extension) = Parts(cubePath);
        return string.Equals(Path.GetDirectoryName(Path.GetFullPath(file)), directory, StringComparison.Ordinal)
               && GenerationName().Match(Path.GetFileName(file)) is { Success: true } match
               && match.Groups["stem"].Value == stem && match.Groups["ext"].Value == extension;
    }

    /// <summary>
    /// Deletes generations and build leftovers of <paramref name="cubePath"/> except the live one and
    /// <paramref name="keep"/>. Only under the build lock (<see cref="TryLockBuilds"/>), so a build in progress
    /// never loses its file.
    /// </summary>
    public static IReadOnlyList<string> DeleteStale(string cubePath, IEnumerable<string?> keep)
    {
        var (directory, _, _) = Parts(cubePath);
        var kept = new HashSet<string>(keep.OfType<string>().Select(Path.GetFullPath), StringComparer.Ordinal);
        if (Live(cubePath) is { } live)
        {
            kept.Add(live);
        }

        var deleted = new List<string>();
        if (!Directory.Exists(directory))
        {
            return deleted;
        }

        foreach (var file in Directory.EnumerateFiles(directory))
        {
            var full = Path.GetFullPath(file);
            if (!kept.Contains(full) && IsGeneration(cubePath, full) && TryDelete(full))
            {
                TryDelete(full + ".wal");
                deleted.Add(full);
            }
        }

        return deleted;
    }

    /// <summary>
    /// Takes the cube's build lock (an exclusive lock on a hidden file beside it) or returns null when another
    /// process holds it. One build at a time; stale generations are deleted only while holding it.
    /// </summary>
    public static FileStream? TryLockBuilds(string cubePath)
    {
        var (directory, _, _) = Parts(cubePath);
        Directory.CreateDirectory(directory);
        try
        {
            return new FileStream(
                Path.Combine(directory, "." + Path.GetFileName(cubePath) + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Deletes a file; false when it could not (gone already, or not ours to delete).</summary>
    public static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static (string Directory, string Stem, string Extension) Parts(string cubePath)
    {
        var full = Path.GetFullPath(cubePath);
        var extension = Path.GetExtension(full);
        return (Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full), extension.Length == 0 ? ".duckdb" : extension);
    }

    // stem.<16 hex build id>.<8 hex tag>.ext, or the hidden .stem.….ext.building it is written as.
    [GeneratedRegex(@"^\.?(?<stem>.+)\.[0-9a-f]{16}\.[0-9a-f]{8}(?<ext>\.[^.]+)(\.building)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GenerationName();
}
