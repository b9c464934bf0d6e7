using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Shapes;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Statements;

/// <summary>
/// Reads the budget stated in the plan's text, in the wordings plans use: "Tổng kinh phí (dự kiến / thực hiện) … là:",
/// "Tổng nguồn vốn:", "Kinh phí thực hiện:", followed by an amount in đồng, triệu đồng or tỷ đồng (digits, words,
/// or digits with the words in brackets), and the lines after it, one per funding source ("- Ngân sách Trung ương
/// hỗ trợ: 2.125 triệu đồng"). Amounts become million VND; an amount also written in words is a second statement.
/// </summary>
internal static partial class TextTotalsReader
{
    public static void Read(PlanText text, int beforeLine, BudgetBuilder builder)
    {
        for (var n = 1; n < beforeLine; n++)
        {
            var line = CellText.Clean(text.Line(n));
            var total = TotalSentence().Match(line);
            if (!total.Success)
            {
                continue;
            }

            State(StatementKind.TextTotal, null, total, line, n, text.Name, builder);

            // The per-source lines follow, usually as a bullet list; blank lines may separate them.
            for (var m = n + 1; m < beforeLine && m <= n + 8; m++)
            {
                var bullet = CellText.Clean(text.Line(m));
                if (bullet.Length == 0)
                {
                    continue;
                }

                var part = SourceLine().Match(bullet);
                if (!part.Success)
                {
                    break;
                }

                var label = part.Groups["label"].Value.Trim();
                var source = builder.Labels.TryClassify(label);
                if (source is null)
                {
                    // A bulleted line under the total names a source; an unbulleted one that is no source ends the list.
                    if (part.Groups["bullet"].Length == 0 || YearLabel().IsMatch(label))
                    {
                        break;
                    }

                    source = builder.Classify(label, m);
                }

                State(StatementKind.TextSourceTotal, source, part, bullet, m, text.Name, builder);
            }
        }
    }

    private static void State(StatementKind kind, FundingSource? source, Match match, string line, int n, string document, BudgetBuilder builder)
    {
        if (match.Groups["amount"].Success)
        {
            if (!VietnameseNumbers.TryParseAmount(match.Groups["amount"].Value, out var amount) || amount is null)
            {
                throw new IngestionException(document, n, $"cannot read '{match.Groups["amount"].Value}' as an amount");
            }

            builder.State(kind, StatementScope.Province, null, source, amount.Value * Millions(match.Groups["unit"].Value), line, n);
            if (match.Groups["words"].Success && match.Groups["words"].Value.Trim().Length > 0)
            {
                builder.State(StatementKind.TextTotalInWords, StatementScope.Province, null, source, Words(match.Groups["words"].Value, document, n), line, n);
            }
        }
        else
        {
            builder.State(kind, StatementScope.Province, null, source, Words(match.Groups["wordsonly"].Value, document, n), line, n);
        }
    }

    // Amounts in words always end in their own unit ("… triệu đồng", "… tỷ đồng chẵn"): read as đồng.
    private static decimal Words(string words, string document, int line)
    {
        if (!VietnameseNumberWords.TryParse(words, out var dong))
        {
            throw new IngestionException(document, line, $"cannot read the amount in words '{words.Trim()}'");
        }

        return dong / 1_000_000m;
    }

    // Million VND per unit.
    private static decimal Millions(string unit) => CellText.Key(unit) switch
    {
        "tỷ đồng" or "tỉ đồng" => 1_000m,
        "triệu đồng" or "triệu" => 1m,
        "nghìn đồng" or "ngàn đồng" => 0.001m,
        _ => 0.000001m, // đồng, VNĐ
    };

    private const string Amount =
        @"(?:(?<amount>\d[\d.]*(?:,\d+)?)\s*(?<unit>tỷ đồng|tỉ đồng|triệu đồng|nghìn đồng|ngàn đồng|đồng|vnđ|vnd)(?!\s*/)\s*(?:\((?<words>[^)]*)\))?" +
        @"|(?<wordsonly>(?:không|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)[^\d():;/]*?(?:đồng|vnđ)))";

    [GeneratedRegex(@"(?:tổng kinh phí|tổng nguồn vốn|tổng vốn|kinh phí thực hiện)[^:]*?(?:\blà\b\s*:?|:)\s*(?:khoảng|dự kiến|là)?\s*" + Amount, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalSentence();

    [GeneratedRegex(@"^(?<bullet>[-–•+*]|[a-zđ]\)|\d+[.)])?\s*(?:trong đó\s*:?\s*)?(?<label>[^:]+?)\s*(?:\blà\b\s*:?|:)\s*(?:khoảng\s*)?" + Amount, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\b(19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearLabel();
}
