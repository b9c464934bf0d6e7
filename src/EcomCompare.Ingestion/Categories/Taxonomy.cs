using System.Globalization;

namespace EcomCompare.Ingestion.Categories;

/// <summary>The harmonized categories, from <c>cube/categories/taxonomy.tsv</c>.</summary>
public sealed class Taxonomy
{
    private Taxonomy(IReadOnlyList<Category> categories) => Categories = categories;

    /// <summary>Categories in display order.</summary>
    public IReadOnlyList<Category> Categories { get; }

    /// <summary>
    /// The category of money a plan gives by year or by source but not by task ("not broken down by task"). Not a
    /// task area of the national plan, so not in <c>taxonomy.tsv</c>: the cube lists it only when some plan has such
    /// money, last.
    /// </summary>
    public static Category Untasked { get; } = new("untasked", "Not broken down by task", "Chưa phân theo nhiệm vụ", 99);

    /// <summary>True when <paramref name="code"/> is a category.</summary>
    public bool Contains(string code) => Categories.Any(c => c.Code == code);

    /// <summary>Loads the file; duplicate codes are an error.</summary>
    public static Taxonomy Load(string path)
    {
        var list = new List<Category>();
        foreach (var (line, f) in TsvFile.Read(path, "code", "name", "name_vi", "order"))
        {
            if (list.Any(c => c.Code == f["code"]))
            {
                throw new IngestionException(Path.GetFileName(path), line, $"category '{f["code"]}' appears twice");
            }

            if (!int.TryParse(f["order"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var order))
            {
                throw new IngestionException(Path.GetFileName(path), line, $"order '{f["order"]}' is not a whole number");
            }

            list.Add(new Category(f["code"], f["name"], f["name_vi"], order));
        }

        return new Taxonomy(list.OrderBy(c => c.Order).ToList());
    }
}
