using System.Text;

namespace EcomCompare.Editing.Publishing;

/// <summary>
/// Reads and writes one province's lines in the data folder's tab-separated files, leaving every other line — other
/// provinces, comments, the header — as it was, in its place. Each file is written whole to a temporary file and
/// renamed over the old one, so a reader sees the old file or the new one.
/// </summary>
internal static class DataFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The province's state as the files hold it now.</summary>
    public static ProvinceState Read(DataFolder folder, string code)
    {
        var manifest = Lines(folder.Manifest).FirstOrDefault(l => Field(l, 0) == code);
        var mapping = Lines(folder.Mapping).Where(l => Field(l, 0) == code).ToList();
        return new ProvinceState(manifest, mapping, manifest is null ? null : Field(manifest, 9));
    }

    /// <summary>Writes the province's lines as <paramref name="state"/> says (the document is the caller's).</summary>
    public static void Write(DataFolder folder, string code, ProvinceState state)
    {
        var manifest = Lines(folder.Manifest);
        var at = manifest.FindIndex(l => Field(l, 0) == code);
        if (at >= 0 && state.ManifestLine is { } line)
        {
            manifest[at] = line;
        }
        else if (at >= 0)
        {
            manifest.RemoveAt(at);
        }
        else if (state.ManifestLine is { } added)
        {
            manifest.Add(added);
        }

        Save(folder.Manifest, manifest);
        var mapping = Lines(folder.Mapping).Where(l => Field(l, 0) != code).Concat(state.MappingLines).ToList();
        Save(folder.Mapping, mapping);
    }

    /// <summary>Adds <paramref name="add"/> to the vocabulary file and takes out <paramref name="remove"/> (exact lines).</summary>
    public static void ChangeVocabulary(DataFolder folder, IReadOnlyList<string> add, IReadOnlyList<string> remove)
    {
        if (add.Count == 0 && remove.Count == 0)
        {
            return;
        }

        var lines = Lines(folder.Vocabulary);
        foreach (var line in remove)
        {
            lines.Remove(line);
        }

        lines.AddRange(add.Where(a => !lines.Contains(a)));
        Save(folder.Vocabulary, lines);
    }

    /// <summary>Writes bytes under <paramref name="path"/> atomically (temporary file, then rename).</summary>
    public static void SaveBytes(string path, byte[] bytes)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private static void Save(string path, List<string> lines) => SaveBytes(path, Utf8.GetBytes(string.Join('\n', lines) + "\n"));

    private static List<string> Lines(string path) =>
        File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();

    // A data line's field (comments and the header have none that match a code).
    private static string? Field(string line, int index)
    {
        if (line.StartsWith('#'))
        {
            return null;
        }

        var fields = line.Split('\t');
        return index < fields.Length ? fields[index].Trim() : null;
    }
}
