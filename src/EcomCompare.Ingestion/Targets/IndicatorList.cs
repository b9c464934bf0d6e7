using System.Globalization;
using EcomCompare.Ingestion.Categories;

namespace EcomCompare.Ingestion.Targets;

/// <summary>The harmonized indicator list, in file order (which is matching priority).</summary>
public sealed class IndicatorList
{
    private IndicatorList(IReadOnlyList<Indicator> indicators) => Indicators = indicators;

    /// <summary>Indicators in file order; <c>other</c> is always present.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Loads and validates <c>indicators.tsv</c> against the category taxonomy.</summary>
    public static IndicatorList Load(string path, Taxonomy taxonomy)
    {
        var file = Path.GetFileName(path);
        var list = new List<Indicator>();
        foreach (var (line, f) in TsvFile.Read(path, "code", "order", "group", "group_vi", "name", "name_vi"))
        {
            if (list.Any(i => i.Code == f["code"]))
            {
                throw new IngestionException(file, line, $"indicator '{f["code"]}' appears twice");
            }

            if (!int.TryParse(f["order"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var order))
            {
                throw new IngestionException(file, line, $"order '{f["order"]}' is not a whole number");
            }

            var unit = f.GetValueOrDefault("unit", string.Empty);
            if (!TargetUnits.Known.Contains(unit))
            {
                throw new IngestionException(file, line, $"unknown unit '{unit}' (known: {string.Join(", ", TargetUnits.Known.Where(u => u.Length > 0))}, or empty)");
            }

            var category = f.GetValueOrDefault("category", string.Empty);
            if (category.Length > 0 && !taxonomy.Contains(category))
            {
                throw new IngestionException(file, line, $"unknown category '{category}' (see taxonomy.tsv)");
            }

            var patterns = f.GetValueOrDefault("patterns", string.Empty)
                .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(a => (IReadOnlyList<string>)a.Split('+',
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToList())
                .ToList();
            if (patterns.Count == 0 && f["code"] != Indicator.Other)
            {
                throw new IngestionException(file, line, $"indicator '{f["code"]}' has no patterns: no wording would ever map to it");
            }

            decimal? national = null;
            var nationalText = f.GetValueOrDefault("national", string.Empty);
            var comparator = f.GetValueOrDefault("national_comparator", string.Empty);
            if (nationalText.Length > 0)
            {
                if (!decimal.TryParse(nationalText, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || unit.Length == 0)
                {
                    throw new IngestionException(file, line, $"national '{nationalText}' is not a number in the indicator's unit");
                }

                if (comparator is not ("≥" or "≤"))
                {
                    throw new IngestionException(file, line, $"national_comparator must be ≥ or ≤, not '{comparator}'");
                }

                national = value;
            }

            list.Add(new Indicator(f["code"], order, f["group"], f["group_vi"], unit, category, f["name"], f["name_vi"], patterns)
            {
                National = national,
                NationalIsCeiling = comparator == "≤",
            });
        }

        if (list.All(i => i.Code != Indicator.Other))
        {
            throw new IngestionException(file, 0, $"the list has no '{Indicator.Other}' indicator for targets that match none");
        }

        return new IndicatorList(list);
    }

    /// <summary>The first indicator with <paramref name="unit"/> whose pattern matches the clause, else the sentence; else <c>other</c>.</summary>
    public Indicator Match(string unit, string clauseKey, string sentenceKey)
    {
        var candidates = Indicators.Where(i => i.Code != Indicator.Other && i.Unit == unit).ToList();
        return candidates.FirstOrDefault(i => i.Matches(clauseKey))
            ?? candidates.FirstOrDefault(i => i.Matches(sentenceKey))
            ?? Indicators.Single(i => i.Code == Indicator.Other);
    }
}
