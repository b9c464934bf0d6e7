using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Shapes;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Statements;

/// <summary>
/// Reads the budget stated in the plan's text: "Tổng kinh phí … là: 6.860.000.000 đồng (Sáu tỷ, tám trăm sáu mươi
/// triệu đồng chẵn), trong đó:" and the bullet lines after it, one per funding source. Amounts in đồng become
/// million VND; an amount also written in words is a second statement.
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

            // The per-source lines follow as a bullet list; blank lines may separate them.
            for (var m = n + 1; m < beforeLine && m <= n + 8; m++)
            {
                var bullet = CellText.Clean(text.Line(m));
                if (bullet.Length == 0)
                {
                    continue;
                }

                var part = SourceBullet().Match(bullet);
                if (!part.Success)
                {
                    break;
                }

                var source = FundingSourceLabels.TryClassify(part.Groups["label"].Value)
                    ?? throw new IngestionException(text.Name, m, $"unknown funding-source label '{part.Groups["label"].Value.Trim()}'");
                State(StatementKind.TextSourceTotal, source, part, bullet, m, text.Name, builder);
            }
        }
    }

    private static void State(StatementKind kind, FundingSource? source, Match match, string line, int n, string document, BudgetBuilder builder)
    {
        if (!VietnameseNumbers.TryParseDongAsMillions(match.Groups["amount"].Value, out var millions))
        {
            throw new IngestionException(document, n, $"cannot read '{match.Groups["amount"].Value}' as an amount in đồng");
        }

        builder.State(kind, StatementScope.Province, null, source, millions, line, n);
        if (match.Groups["words"].Success)
        {
            if (!VietnameseNumberWords.TryParse(match.Groups["words"].Value, out var dong))
            {
                throw new IngestionException(document, n, $"cannot read the amount in words '{match.Groups["words"].Value.Trim()}'");
            }

            builder.State(StatementKind.TextTotalInWords, StatementScope.Province, null, source, dong / 1_000_000m, line, n);
        }
    }

    [GeneratedRegex(@"tổng kinh phí[^:]*\blà\s*:?\s*(?<amount>\d[\d.]*(?:,\d+)?)\s*đồng\s*(?:\((?<words>[^)]*)\))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalSentence();

    [GeneratedRegex(@"^[-–•+]\s*(?<label>[^:]+):\s*(?<amount>\d[\d.]*(?:,\d+)?)\s*đồng\s*(?:\((?<words>[^)]*)\))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceBullet();
}
