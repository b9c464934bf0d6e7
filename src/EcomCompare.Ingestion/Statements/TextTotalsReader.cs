using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Shapes;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Statements;

/// <summary>
/// Reads the budget stated in the plan's text, in the wordings plans use: "Tổng kinh phí (dự kiến / thực hiện) … là:",
/// "Tổng nguồn vốn:", "Kinh phí thực hiện:", "Tổng kinh phí dự kiến khoảng …", hedged or not ("khoảng", "dự kiến",
/// "ước", "tối thiểu"), followed by an amount in đồng, nghìn đồng, triệu đồng or tỷ đồng — in digits, in words, or in
/// digits with the words after them ("(Bằng chữ: Tám tỷ, bốn trăm sáu mươi triệu đồng)", in brackets or not, on
/// the same line or the next) — and the amount of each funding source, as the lines after it ("- Ngân sách Trung
/// ương hỗ trợ: 2.125 triệu đồng") or inline ("…, trong đó: ngân sách tỉnh 2 tỷ đồng, ngân sách huyện 1 tỷ đồng").
/// Amounts become million VND. Words that cannot be read are a warning, never a failed build.
/// </summary>
internal static partial class TextTotalsReader
{
    /// <summary>Reads lines 1 to <paramref name="beforeLine"/> − 1; returns the warnings (amounts in words not read).</summary>
    public static IReadOnlyList<IngestionWarning> Read(PlanText text, int beforeLine, BudgetBuilder builder)
    {
        var warnings = new List<IngestionWarning>();
        for (var n = 1; n < beforeLine; n++)
        {
            var line = CellText.Clean(text.Line(n));
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                continue; // a table row, not a sentence
            }

            var total = TotalSentence().Match(line);
            if (!total.Success || OneYear()
                .IsMatch(line[total.Index..(total.Groups["amount"].Success ? total.Groups["amount"].Index : total.Index + total.Length)]))
            {
                continue; // "Tổng kinh phí năm 2021 là …" is a year's money, not the plan's
            }

            State(StatementKind.TextTotal, null, total, line, n, text, builder, warnings);
            var rest = line[(total.Index + total.Length)..];
            if (InlineList().Match(rest) is { Success: true } inline)
            {
                foreach (Match part in InlinePart().Matches(rest[(inline.Index + inline.Length)..]))
                {
                    if (builder.Labels.TryRead(part.Groups["label"].Value.Trim()) is { } label)
                    {
                        State(StatementKind.TextSourceTotal, label, part, line, n, text, builder, warnings);
                    }
                }
            }

            // The per-source lines follow, usually as a bullet list; blank lines may separate them.
            for (var m = n + 1; m < beforeLine && m <= n + 8; m++)
            {
                var bullet = CellText.Clean(text.Line(m));
                if (bullet.Length == 0 || WordsLine().IsMatch(bullet))
                {
                    continue;
                }

                var part = SourceLine().Match(bullet);
                if (!part.Success)
                {
                    break;
                }

                var label = part.Groups["label"].Value.Trim();
                var source = builder.Labels.TryRead(label);
                if (source is null)
                {
                    // A bulleted line under the total names a source; an unbulleted one that is no source ends the list.
                    if (part.Groups["bullet"].Length == 0 || YearLabel().IsMatch(label))
                    {
                        break;
                    }

                    source = builder.Classify(label, m);
                }

                State(StatementKind.TextSourceTotal, source, part, bullet, m, text, builder, warnings);
            }
        }

        return warnings;
    }

    private static void State(StatementKind kind, SourceLabel? source, Match match, string line, int n, PlanText text, BudgetBuilder builder,
        List<IngestionWarning> warnings)
    {
        decimal? stated = null;
        if (match.Groups["amount"].Success)
        {
            if (!VietnameseNumbers.TryParseAmount(match.Groups["amount"].Value, out var amount) || amount is null)
            {
                throw text.Error(n, $"cannot read '{match.Groups["amount"].Value}' as an amount");
            }

            var unit = MoneyUnit.Parse(match.Groups["unit"].Value) ?? MoneyUnit.Dong;
            stated = unit.ToMillions(amount.Value);
            builder.State(kind, StatementScope.Province, null, source?.Source, stated.Value, line, n, source?.Part);
        }

        // The amount in words: in brackets after the digits, after "Bằng chữ:" on the line or the next, or alone.
        var words = match.Groups["words"].Success && match.Groups["words"].Value.Trim().Length > 0 ? match.Groups["words"].Value
            : match.Groups["wordsonly"].Success ? match.Groups["wordsonly"].Value
            : InWords(text, n, line[(match.Index + match.Length)..]);
        if (words is null)
        {
            return;
        }

        if (!VietnameseNumberWords.TryParse(BangChu().Replace(words, string.Empty), out var dong))
        {
            warnings.Add(new IngestionWarning(string.Empty, new SourceLine(text.Name, n), IngestionWarning.UnreadableWords, stated ?? 0,
                $"the amount in words '{words.Trim()}' could not be read as a number: " +
                (stated is null ? "no amount in digits stands beside it, so this statement is not checked" : "the amount in digits beside it is used, unchecked against the words")));
            return;
        }

        var kindOfWords = stated is null ? kind : StatementKind.TextTotalInWords;
        builder.State(kindOfWords, StatementScope.Province, null, source?.Source, dong / 1_000_000m, line, n, source?.Part);
    }

    // "Bằng chữ: …" after the amount on the same line, or on the next non-empty line.
    private static string? InWords(PlanText text, int n, string rest)
    {
        var here = AfterBangChu().Match(rest);
        if (here.Success)
        {
            return here.Groups["w"].Value;
        }

        for (var m = n + 1; m <= text.Lines.Count && m <= n + 2; m++)
        {
            var next = CellText.Clean(text.Line(m));
            if (next.Length == 0)
            {
                continue;
            }

            var below = AfterBangChu().Match(next);
            return below.Success && below.Index <= 2 ? below.Groups["w"].Value : null;
        }

        return null;
    }

    private const string Hedge = @"(?:khoảng|dự kiến|dự toán|ước tính|ước khoảng|ước|tối thiểu|tối đa|gần|hơn|trên|xấp xỉ|chừng|đạt|là)";

    private const string NumberWord = @"(?:không|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)";

    // Digits and their unit, then the words in brackets when the brackets hold number words.
    private const string Amount =
        @"(?:(?<amount>\d[\d.]*(?:,\d+)?)\s*(?<unit>tỷ đồng|tỉ đồng|tỷ|tỉ|triệu đồng|triệu|nghìn đồng|ngàn đồng|đồng|vnđ|vnd)(?![\p{L}\d])(?!\s*/)" +
        @"\s*(?:[(\[]\s*[*_]*\s*(?<words>(?:bằng chữ\s*:?\s*)?" + NumberWord + @"\b[^)\]\d]*)[)\]])?" +
        @"|(?<wordsonly>" + NumberWord + @"\b[^\d():;/]*?(?:đồng|vnđ)))";

    [GeneratedRegex(
        @"(?:tổng kinh phí|tổng nguồn vốn|tổng vốn|tổng mức kinh phí|tổng mức đầu tư|tổng dự toán|tổng số kinh phí|tổng số vốn|tổng nhu cầu (?:kinh phí|vốn)|kinh phí thực hiện)" +
        @"(?:[^:;(]*?(?:\blà\b\s*:?|:)\s*(?:" + Hedge + @"\s*:?\s*)*|(?:[^:;\d]|(?:19|20)\d\d)*?\s)" + Amount,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalSentence();

    [GeneratedRegex(@"^(?<bullet>[-–•+*]|[a-zđ]\)|\d+[.)])?\s*(?:trong đó\s*:?\s*)?(?:(?<label>[^:]+?)\s*(?:\blà\b\s*:?|:)|(?<label>[^:\d]+?)\s)\s*(?:" + Hedge + @"\s*)*" + Amount, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    // "…, trong đó:", "…, gồm:", "… bao gồm" after the total on its own line: the sources may follow inline.
    [GeneratedRegex(@"\b(?:trong đó|bao gồm|gồm|cụ thể)\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineList();

    [GeneratedRegex(@"(?<label>[^,;:()\d]{2,}?)\s*(?:\blà\b\s*:?|:)?\s*(?:" + Hedge + @"\s*)*" + Amount, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlinePart();

    [GeneratedRegex(@"bằng chữ\s*:?\s*(?<w>" + NumberWord + @"\b[^)\]\n;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterBangChu();

    [GeneratedRegex(@"^[(\[]?\s*bằng chữ\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordsLine();

    [GeneratedRegex(@"bằng chữ\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BangChu();

    [GeneratedRegex(@"\b(19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearLabel();

    // "năm 2021" not followed by "- 2025": one year, where a period would be a range.
    [GeneratedRegex(@"\bnăm\s+(?:19|20)\d\d\b(?!\s*[-–]\s*(?:19|20)\d\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneYear();
}
