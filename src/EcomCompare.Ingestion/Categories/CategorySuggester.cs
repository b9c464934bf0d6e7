namespace EcomCompare.Ingestion.Categories;

/// <summary>
/// Suggests a harmonized category for a budget item from the words of the items already mapped and the categories'
/// own names: a naive Bayes classifier over <see cref="ItemWords"/> (syllables and syllable pairs), each example's
/// words weighted by how rarely they occur across categories (a word every category's items use says nothing), with
/// add-α smoothing; the item's group name (where groups are tasks) counts at half weight, each category's own name as
/// six examples. Every category gets a score; the best first. Measured by leaving one shipped province out and
/// suggesting for its items from the others (README, <c>make bench</c>).
/// </summary>
/// <example>
/// <code>
/// var suggester = CategorySuggester.Train(taxonomy, map.Entries…, budgets);
/// var best = suggester.Suggest("Tập huấn kỹ năng bán hàng trực tuyến cho doanh nghiệp")[0].Category;
/// </code>
/// </example>
public sealed class CategorySuggester
{
    private const double Alpha = 0.3;

    // A category's own name counts as this many examples: with few plans mapped, the name is the best evidence a
    // category has ("Phát triển nguồn nhân lực, đào tạo").
    private const double NameWeight = 6;

    // How much a word of the item's group weighs beside a word of the item's own name.
    private const double ContextWeight = 0.5;
    private readonly IReadOnlyList<Category> _categories;
    private readonly Dictionary<string, Dictionary<string, double>> _weights;
    private readonly Dictionary<string, double> _totals;
    private readonly Dictionary<string, double> _idf;
    private readonly int _vocabulary;

    private CategorySuggester(
        IReadOnlyList<Category> categories, Dictionary<string, Dictionary<string, double>> weights, Dictionary<string, double> idf)
    {
        _categories = categories;
        _weights = weights;
        _idf = idf;
        _totals = weights.ToDictionary(w => w.Key, w => w.Value.Values.Sum(), StringComparer.Ordinal);
        _vocabulary = Math.Max(1, idf.Count);
    }

    /// <summary>One example: an item's text and the category it is mapped to.</summary>
    /// <param name="Text">The item's name.</param>
    /// <param name="Category">Its category code.</param>
    /// <param name="Context">Its group's name where the groups are tasks; its words weigh less than the name's.</param>
    public sealed record Example(string Text, string Category, string? Context = null);

    /// <summary>A category for an item, with its score (a log-probability; higher is better) and the words that weighed most.</summary>
    /// <param name="Category">The category's code.</param>
    /// <param name="Score">The log of the (unnormalised) probability.</param>
    /// <param name="Share">How sure, 0–1 (the scores over √words, normalised over the categories).</param>
    /// <param name="Evidence">Up to three words of the item that point most to this category.</param>
    public sealed record Suggestion(string Category, double Score, double Share, IReadOnlyList<string> Evidence);

    /// <summary>Learns from <paramref name="examples"/> and each category's own names (Vietnamese, as the documents write).</summary>
    public static CategorySuggester Train(Taxonomy taxonomy, IEnumerable<Example> examples)
    {
        var documents = examples.Select(e => (Words: Weighted(e.Text, e.Context), e.Category))
            .Concat(taxonomy.Categories.Select(c => (Words: Weighted(c.NameVi,
                null).Select(p => (Word: p.Word, Weight: p.Weight * NameWeight)).ToList(), Category: c.Code)))
            .Where(d => taxonomy.Contains(d.Category))
            .ToList();

        // In how many categories a word occurs: a word all categories share weighs nothing.
        var categoriesOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (words, category) in documents)
        {
            foreach (var (w, _) in words)
            {
                (categoriesOf.TryGetValue(w, out var set) ? set : categoriesOf[w] = new HashSet<string>(StringComparer.Ordinal)).Add(category);
            }
        }

        var n = taxonomy.Categories.Count;
        var idf = categoriesOf.ToDictionary(p => p.Key, p => Math.Log((double)(n + 1) / p.Value.Count), StringComparer.Ordinal);
        var weights = taxonomy.Categories.ToDictionary(c => c.Code, _ => new Dictionary<string, double>(StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var (words, category) in documents)
        {
            // Each example counts once, however long its name: its words share one unit of weight.
            var length = Math.Sqrt(Math.Max(1, words.Sum(p => p.Weight)));
            foreach (var (w, weight) in words)
            {
                var table = weights[category];
                table[w] = table.GetValueOrDefault(w) + (weight * idf[w] / length);
            }
        }

        return new CategorySuggester(taxonomy.Categories, weights, idf);
    }

    private static List<(string Word, double Weight)> Weighted(string text, string? context) =>
        ItemWords.Of(text).Select(w => (w, 1.0)).Concat(context is null ? [] : ItemWords.Of(context).Select(w => (w, ContextWeight))).ToList();

    /// <summary>
    /// A suggester for a data folder: learns from every mapped item of the plans its manifest lists (their full
    /// names); when the folder does not build as it is, from the mapping file's name starts instead.
    /// </summary>
    public static CategorySuggester FromData(string sourcesDirectory, string categoriesDirectory)
    {
        var taxonomy = Taxonomy.Load(Path.Combine(categoriesDirectory, "taxonomy.tsv"));
        try
        {
            return Train(taxonomy, SuggestionExamples.From(PlanIngestor.Ingest(sourcesDirectory, categoriesDirectory).Plans));
        }
        catch (IngestionException)
        {
            var map = CategoryMap.Load(Path.Combine(categoriesDirectory, "item-categories.tsv"), taxonomy);
            return Train(taxonomy, map.Entries.Select(e => new Example(e.Entry.NameStart, e.Entry.Category)));
        }
    }

    /// <summary>Every category, best first, for an item named <paramref name="text"/>.</summary>
    /// <param name="text">The item's name.</param>
    /// <param name="context">Its group's name where the plan's groups are tasks, else null.</param>
    public IReadOnlyList<Suggestion> Suggest(string text, string? context = null)
    {
        var words = Weighted(text, context).Where(p => _idf.ContainsKey(p.Word)).ToList();
        var scored = _categories.Select(c =>
        {
            var table = _weights[c.Code];
            var total = _totals[c.Code] + (Alpha * _vocabulary);
            var contributions = words.Select(p => p.Weight * _idf[p.Word] * Math.Log((table.GetValueOrDefault(p.Word) + Alpha) / total)).ToList();
            // Pairs ("đào tạo") before single syllables: they are what a reader recognises as words.
            var evidence = words.Where(p => p.Weight == 1).Select(p => p.Word).Where(w => table.GetValueOrDefault(w) > 0)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(w => w.Contains(' ', StringComparison.Ordinal)).ThenByDescending(w => table[w]).Take(3).ToList();
            return (Category: c, Score: contributions.Sum(), Evidence: evidence);
        }).ToList();

        // The share is taken over the scores divided by √words (naive Bayes multiplies every word's odds, so its raw
        // probabilities are near 0 or 1 for any name of a few words): a confidence to read; the ranking is the scores'.
        var perWord = Math.Sqrt(Math.Max(1, words.Count));
        var max = scored.Max(s => s.Score) / perWord;
        var sum = scored.Sum(s => Math.Exp((s.Score / perWord) - max));
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Category.Order)
            .Select(s => new Suggestion(s.Category.Code, s.Score, Math.Exp((s.Score / perWord) - max) / sum, s.Evidence)).ToList();
    }
}
