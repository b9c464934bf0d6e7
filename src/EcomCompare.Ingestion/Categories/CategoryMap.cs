using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Categories;

/// <summary>
/// Item → harmonized category, from <c>cube/categories/item-categories.tsv</c> (province, item code, category, the
/// start of the item's name as a guard against re-numbered documents, and a reason where the choice is not obvious).
/// </summary>
public sealed class CategoryMap
{
    private readonly Dictionary<(string Province, string Item), Entry> _entries;
    private readonly string _file;

    private CategoryMap(string file, Dictionary<(string, string), Entry> entries)
    {
        _file = file;
        _entries = entries;
    }

    /// <summary>One mapping line.</summary>
    /// <param name="Category">Category code.</param>
    /// <param name="NameStart">The start of the item's name as the document writes it.</param>
    /// <param name="Reason">Why, where the choice is not obvious.</param>
    /// <param name="Line">Line in the mapping file.</param>
    public sealed record Entry(string Category, string NameStart, string Reason, int Line);

    /// <summary>Every mapping line: province, item code and its entry.</summary>
    public IEnumerable<(string Province, string Item, Entry Entry)> Entries => _entries.Select(e => (e.Key.Province, e.Key.Item, e.Value));

    /// <summary>The mapping of one item, or null.</summary>
    public Entry? Find(string province, string item) => _entries.GetValueOrDefault((province, item));

    /// <summary>Loads and validates the mapping against the taxonomy.</summary>
    public static CategoryMap Load(string path, Taxonomy taxonomy)
    {
        var file = Path.GetFileName(path);
        var entries = new Dictionary<(string, string), Entry>();
        foreach (var (line, f) in TsvFile.Read(path, "province", "item", "category", "name_starts", "reason"))
        {
            if (!taxonomy.Contains(f["category"]))
            {
                throw new IngestionException(file, line, $"unknown category '{f["category"]}' (see taxonomy.tsv)");
            }

            if (!entries.TryAdd((f["province"], f["item"]), new Entry(f["category"], f["name_starts"], f["reason"], line)))
            {
                throw new IngestionException(file, line, $"{f["province"]} item {f["item"]} is mapped twice");
            }
        }

        return new CategoryMap(file, entries);
    }

    /// <summary>
    /// The category of every item of a province. Every unmapped item, every mapping whose name guard does not
    /// match the document, and every mapping of an item the document does not have fails, all named at once.
    /// </summary>
    public IReadOnlyDictionary<string, string> Assign(string province, IReadOnlyList<BudgetItem> items)
    {
        var problems = new List<string>();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.IsUntasked)
            {
                result[item.Code] = Taxonomy.Untasked.Code; // no task to map: the category says so
                continue;
            }

            if (!_entries.TryGetValue((province, item.Code), out var entry))
            {
                problems.Add($"{province} item {item.Code} '{Short(item.Name)}' ({item.Source}) has no category");
                continue;
            }

            if (!CellText.Key(item.Name).StartsWith(CellText.Key(entry.NameStart), StringComparison.Ordinal))
            {
                problems.Add($"line {entry.Line}: {province} item {item.Code} is '{Short(item.Name)}' in the document, not '{entry.NameStart}…'");
                continue;
            }

            result[item.Code] = entry.Category;
        }

        foreach (var ((p, code), entry) in _entries)
        {
            if (p == province && items.All(i => i.Code != code))
            {
                problems.Add($"line {entry.Line}: {province} has no item {code}");
            }
        }

        if (problems.Count > 0)
        {
            throw new IngestionException(_file, 0, "unmapped or stale item categories:\n  " + string.Join("\n  ", problems));
        }

        return result;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
