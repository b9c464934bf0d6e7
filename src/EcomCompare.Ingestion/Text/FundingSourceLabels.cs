using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Text;

/// <summary>
/// The many ways the documents name a funding source, read from the editable table
/// <c>cube/categories/funding-sources.tsv</c>: "TW", "NSTW", "Hỗ trợ từ trung ương" → central; "ĐP", "NSĐP",
/// "ngân sách tỉnh" → local; "DN", "XHH", "Doanh nghiệp đối ứng" → enterprise; "nguồn vốn hợp pháp khác" → other.
/// Matching is on <see cref="CellText.Key"/> (tags removed, NFC, lower case): diacritics count, case does not.
/// </summary>
public sealed partial class FundingSourceLabels
{
    /// <summary>The table's file name under the categories folder.</summary>
    public const string FileName = "funding-sources.tsv";

    private readonly IReadOnlyList<Rule> _rules;

    private FundingSourceLabels(IReadOnlyList<Rule> rules) => _rules = rules;

    /// <summary>Where the table is, for messages that tell the reader which file to extend.</summary>
    public string TablePath { get; private init; } = "cube/categories/" + FileName;

    /// <summary>One line of the table.</summary>
    /// <param name="Source">The source the label means.</param>
    /// <param name="Exact">True for a whole-label match, false for "contains".</param>
    /// <param name="Key">The label as matched (<see cref="CellText.Key"/>).</param>
    public sealed record Rule(FundingSource Source, bool Exact, string Key);

    /// <summary>Loads and validates the table.</summary>
    public static FundingSourceLabels Load(string path)
    {
        var file = Path.GetFileName(path);
        var rules = new List<Rule>();
        foreach (var (line, f) in TsvFile.Read(path, "source", "match", "label"))
        {
            var source = FundingSources.FromCode(f["source"])
                ?? throw new IngestionException(file, line, $"unknown source '{f["source"]}' (central, local, enterprise, other)");
            var exact = f["match"] switch
            {
                "exact" => true,
                "contains" => false,
                var other => throw new IngestionException(file, line, $"match must be 'exact' or 'contains', not '{other}'"),
            };
            rules.Add(new Rule(source, exact, Normalize(f["label"])));
        }

        return new FundingSourceLabels(rules) { TablePath = path };
    }

    /// <summary>The rules in table order.</summary>
    public IReadOnlyList<Rule> Rules => _rules;

    /// <summary>Classifies a label; null when no line of the table matches.</summary>
    public FundingSource? TryClassify(string label)
    {
        var key = Normalize(label);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var rule in _rules)
        {
            if (rule.Exact ? key == rule.Key : key.Contains(rule.Key, StringComparison.Ordinal))
            {
                return rule.Source;
            }
        }

        return null;
    }

    /// <summary>The sentence an unknown-label error ends with: which table to extend.</summary>
    public string ExtendHint => $"add it to {TablePath} (source central | local | enterprise | other)";

    private static string Normalize(string label) =>
        ShareSuffix().Replace(CellText.Key(label), string.Empty).Trim(' ', '-', ':', '.', '–', '+', '•');

    [GeneratedRegex(@"\(\s*\d+(?:[,.]\d+)?\s*%\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex ShareSuffix();
}
