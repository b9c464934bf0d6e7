using System.Text;

namespace EcomCompare.Editing.Provinces;

/// <summary>
/// The lists the province form offers, kept as data under the data folder's <c>provinces/</c>: the six
/// socio-economic regions (<c>regions.tsv</c>) and the 34 provinces since 1 July 2025 (<c>provinces-2025.tsv</c>,
/// Resolution 202/2025/QH15).
/// </summary>
/// <param name="Regions">Region names, in the file's order.</param>
/// <param name="Provinces2025">The 34 provinces' names, in the file's order.</param>
public sealed record ProvinceLists(IReadOnlyList<string> Regions, IReadOnlyList<string> Provinces2025)
{
    /// <summary>Reads both files of <paramref name="folder"/>; a missing file gives an empty list.</summary>
    public static ProvinceLists Load(DataFolder folder) => new(
        Column(Path.Combine(folder.Provinces, "regions.tsv"), "name"),
        Column(Path.Combine(folder.Provinces, "provinces-2025.tsv"), "name"));

    private static List<string> Column(string path, string column)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var at = lines.Count > 0 ? Array.IndexOf(lines[0], column) : -1;
        return at < 0 ? [] : lines.Skip(1).Where(l => l.Length > at).Select(l => l[at].Trim()).Where(v => v.Length > 0).ToList();
    }
}
