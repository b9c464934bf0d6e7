using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Text;

/// <summary>What a funding-source label means: the source and, when the label names a part of it, the part.</summary>
/// <param name="Source">Central, local, enterprise or other.</param>
/// <param name="Part">A sub-source code (<c>provincial</c>, <c>district</c>, <c>national-programme</c>, …), or null
/// when the label names the source as a whole.</param>
public readonly record struct SourceLabel(FundingSource Source, string? Part)
{
    /// <summary>"local", "local / district": for messages and the check report.</summary>
    public override string ToString() => Part is null ? Source.Code() : $"{Source.Code()} / {Part}";
}

/// <summary>
/// The many ways the documents name a funding source, read from the editable table
/// <c>cube/categories/funding-sources.tsv</c>: "TW", "NSTW", "Hỗ trợ từ trung ương" → central; "ĐP", "NSĐP",
/// "ngân sách tỉnh" → local; "DN", "XHH", "Doanh nghiệp đối ứng" → enterprise; "nguồn vốn hợp pháp khác" → other.
/// A line may also name a part of its source (column <c>part</c>): "Ngân sách cấp huyện" → local, district.
/// </summary>
/// <remarks>
/// Matching is in three passes, each over the whole table in order (the first matching line wins): the label as
/// written (tags removed, NFC, lower case, a trailing share "(30%)" and bullets removed); then with bracketed notes
/// removed on both sides ("Doanh nghiệp (đối ứng)"); then with diacritics removed on both sides ("Ngan sach dia
/// phuong"). A stricter pass always wins over a looser one, so a wording added to the table exactly as a document
/// writes it is matched as written. Labels of any length are matched.
/// </remarks>
public sealed partial class FundingSourceLabels
{
    /// <summary>The table's file name under the categories folder.</summary>
    public const string FileName = "funding-sources.tsv";

    /// <summary>The sub-sources' file name under the categories folder.</summary>
    public const string SubSourcesFileName = "funding-sub-sources.tsv";

    private readonly IReadOnlyList<Rule> _rules;

    private FundingSourceLabels(IReadOnlyList<Rule> rules, IReadOnlyList<SubSource> subSources)
    {
        _rules = rules;
        SubSources = subSources;
    }

    /// <summary>Where the table is, for messages that tell the reader which file to extend.</summary>
    public string TablePath { get; private init; } = "cube/categories/" + FileName;

    /// <summary>One line of the table.</summary>
    /// <param name="Source">The source the label means.</param>
    /// <param name="Exact">True for a whole-label match, false for "contains".</param>
    /// <param name="Key">The label as matched (<see cref="CellText.Key"/>).</param>
    /// <param name="Part">The sub-source the label names, or null.</param>
    public sealed record Rule(FundingSource Source, bool Exact, string Key, string? Part = null)
    {
        internal string Unbracketed { get; } = Brackets(Key);

        internal string Folded { get; } = Fold(Brackets(Key));
    }

    /// <summary>A part of a funding source (<c>cube/categories/funding-sub-sources.tsv</c>).</summary>
    /// <param name="Code">Stable code, e.g. <c>district</c>.</param>
    /// <param name="Source">The source it is a part of.</param>
    /// <param name="Name">English name.</param>
    /// <param name="NameVi">Vietnamese name.</param>
    public sealed record SubSource(string Code, FundingSource Source, string Name, string NameVi);

    /// <summary>The parts of sources the table's lines may name, in file order.</summary>
    public IReadOnlyList<SubSource> SubSources { get; }

    /// <summary>
    /// Loads and validates the table, and the sub-sources file beside it (<see cref="SubSourcesFileName"/>; a
    /// table whose lines name no part needs none).
    /// </summary>
    public static FundingSourceLabels Load(string path)
    {
        var file = Path.GetFileName(path);
        var subSourcesPath = Path.Combine(Path.GetDirectoryName(path) ?? ".", SubSourcesFileName);
        var subSources = File.Exists(subSourcesPath) ? LoadSubSources(subSourcesPath) : [];
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
            var part = f.GetValueOrDefault("part", string.Empty);
            if (part.Length > 0)
            {
                var known = subSources.FirstOrDefault(s => s.Code == part)
                    ?? throw new IngestionException(file, line, $"unknown part '{part}': add it to {SubSourcesFileName} (code, source, name, name_vi)");
                if (known.Source != source)
                {
                    throw new IngestionException(file, line, $"part '{part}' is a part of {known.Source.Code()} money, not {source.Code()}");
                }
            }

            var key = Normalize(f["label"]);
            if (key.Length == 0)
            {
                throw new IngestionException(file, line, "the label is empty once its share and bullets are removed");
            }

            rules.Add(new Rule(source, exact, key, part.Length > 0 ? part : null));
        }

        return new FundingSourceLabels(rules, subSources) { TablePath = path };
    }

    private static List<SubSource> LoadSubSources(string path)
    {
        var file = Path.GetFileName(path);
        var parts = new List<SubSource>();
        foreach (var (line, f) in TsvFile.Read(path, "code", "source", "name", "name_vi"))
        {
            var source = FundingSources.FromCode(f["source"])
                ?? throw new IngestionException(file, line, $"unknown source '{f["source"]}' (central, local, enterprise, other)");
            if (!CodePattern().IsMatch(f["code"]) || FundingSources.FromCode(f["code"]) is not null)
            {
                throw new IngestionException(file, line, $"code '{f["code"]}' must be lower-case letters and hyphens, and not a source's own code");
            }

            if (parts.Any(p => p.Code == f["code"]))
            {
                throw new IngestionException(file, line, $"part '{f["code"]}' appears twice");
            }

            parts.Add(new SubSource(f["code"], source, f["name"], f["name_vi"]));
        }

        return parts;
    }

    /// <summary>
    /// These wordings and one more, as if it were the table's last line, matched exactly (a wording a document uses
    /// that no line matched yet: assigned a source, and a part, on the dashboard before it is written to the table).
    /// </summary>
    /// <exception cref="ArgumentException">The label is empty once cleaned, or the part is not one of the source's.</exception>
    public FundingSourceLabels WithLabel(string label, FundingSource source, string? part)
    {
        var key = Normalize(label);
        if (key.Length == 0)
        {
            throw new ArgumentException("the label is empty once its share and bullets are removed", nameof(label));
        }

        if (part is not null && !SubSources.Any(s => s.Code == part && s.Source == source))
        {
            throw new ArgumentException($"'{part}' is not a part of {source.Code()} money", nameof(part));
        }

        return new FundingSourceLabels([.. _rules, new Rule(source, true, key, part)], SubSources) { TablePath = TablePath };
    }

    /// <summary>The rules in table order.</summary>
    public IReadOnlyList<Rule> Rules => _rules;

    /// <summary>Classifies a label; null when no line of the table matches.</summary>
    public FundingSource? TryClassify(string label) => TryRead(label)?.Source;

    /// <summary>Reads a label as a source and, when it names one, a part of it; null when no line matches.</summary>
    public SourceLabel? TryRead(string label)
    {
        var key = Normalize(label);
        if (key.Length == 0)
        {
            return null;
        }

        var unbracketed = Brackets(key);
        var folded = Fold(unbracketed);
        return Match(key, r => r.Key)
            ?? (unbracketed.Length > 0 ? Match(unbracketed, r => r.Unbracketed) ?? Match(folded, r => r.Folded) ?? Unspaced(folded) : null);
    }

    // Last, with spaces ignored on both sides, whole labels only: a narrow PDF cell breaks a word ("CHƯƠN G TRÌNH").
    private SourceLabel? Unspaced(string folded)
    {
        var key = folded.Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var rule in _rules)
        {
            var ruleKey = rule.Folded.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (ruleKey.Length >= 4 && (rule.Exact ? key == ruleKey : key.Contains(ruleKey, StringComparison.Ordinal)))
            {
                return new SourceLabel(rule.Source, rule.Part);
            }
        }

        return null;
    }

    private SourceLabel? Match(string key, Func<Rule, string> side)
    {
        foreach (var rule in _rules)
        {
            var ruleKey = side(rule);
            if (ruleKey.Length > 0 && (rule.Exact ? key == ruleKey : ContainsWords(key, ruleKey)))
            {
                return new SourceLabel(rule.Source, rule.Part);
            }
        }

        return null;
    }

    /// <summary>The sentence an unknown-label error ends with: which table to extend.</summary>
    public string ExtendHint => $"add it to {TablePath} (source central | local | enterprise | other)";

    // "contains" means whole words: "ngân sách tỉnh" is in "kinh phí từ ngân sách tỉnh", "dp" is not in "dpx".
    private static bool ContainsWords(string key, string words)
    {
        for (var at = key.IndexOf(words, StringComparison.Ordinal); at >= 0; at = key.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(key[at - 1]);
            var end = at + words.Length;
            var after = end == key.Length || !char.IsLetterOrDigit(key[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string label) =>
        ShareSuffix().Replace(CellText.Key(label), string.Empty).Trim(' ', '-', ':', '.', '–', '+', '•', '*', ';', ',');

    // "doanh nghiệp (đối ứng)" → "doanh nghiệp"; "[ghi chú]" too.
    private static string Brackets(string key) => Spaces().Replace(Bracketed().Replace(key, " "), " ").Trim(' ', '-', ':', '.', ',', ';');

    /// <summary>Removes diacritics (and đ → d) from a lower-case key: "ngân sách địa phương" → "ngan sach dia phuong".</summary>
    internal static string Fold(string key)
    {
        var decomposed = key.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'd', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\(\s*\d+(?:[,.]\d+)?\s*%\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex ShareSuffix();

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[a-z][a-z-]*[a-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
