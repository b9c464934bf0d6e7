using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Reconciliation;
using EcomCompare.Ingestion.Shapes;
using EcomCompare.Ingestion.Tables;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Statements;

/// <summary>
/// Checks unit-cost breakdowns (Cần Thơ's "Phụ lục 2"): tables with a "Thành tiền" column under a numbered heading
/// ("5. Xây dựng bộ giải pháp …"), one per budget item in the appendix's order. For each line, quantity × unit
/// price against its amount (a blank quantity repeats the one above); the lines against the table's "Tổng cộng";
/// and the table's total against the item's money in the budget appendix (one year's worth, as the breakdowns
/// cost one year's activity), with the item's name.
/// </summary>
internal static partial class UnitCostBreakdownReader
{
    private const decimal NameOverlapThreshold = 0.5m;

    public static void Read(PlanText text, int fromLine, int toLine, BudgetBuilder builder, IReadOnlyList<BudgetItem> items,
        IReadOnlyList<BudgetFact> facts, DiscrepancyLog log)
    {
        var rows = text.Rows(fromLine, toLine);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!ColumnLayout.IsHeaderStart(rows[i]))
            {
                continue;
            }

            var header = rows[i];
            var amountColumn = FindColumn(header, "thành tiền");
            if (amountColumn < 0)
            {
                continue;
            }

            var inMillions = CellText.Key(header.Text(amountColumn)).Contains("triệu", StringComparison.Ordinal);
            var priceColumn = FindColumn(header, "đơn giá");
            var quantityColumn = FindColumn(header, "số lượng");
            var heading = Heading(text, header.Line);

            var lines = new List<(TableRow Row, decimal Amount)>();
            (TableRow Row, decimal Amount)? stated = null;
            decimal? quantity = null;
            var r = i + 1;
            for (; r < rows.Count && !TextBetween(text, rows[r - 1].Line, rows[r].Line); r++)
            {
                var row = rows[r];
                if (ColumnLayout.IsHeaderStart(row))
                {
                    if (SameHeader(row, header))
                    {
                        continue; // the header repeated at the head of a printed page: the breakdown goes on
                    }

                    break;
                }

                if (row.IsBlank || row.Cells.All(c => c.Trim().Trim('-').Length == 0))
                {
                    continue; // separator rows: "--\t---------"
                }

                var amount = ToMillions(VietnameseNumbers.ParseAmount(row.Text(amountColumn), text.Name, row.Line, "Thành tiền"), inMillions);
                if (PlanTable.IsTotalsLabel(row.Code) || PlanTable.IsTotalsLabel(row.Label))
                {
                    stated = (row, amount ?? 0);
                    continue;
                }

                if (amount is not { } lineAmount)
                {
                    continue;
                }

                lines.Add((row, lineAmount));
                if (quantityColumn >= 0 && Product(row.Text(quantityColumn)) is { } q)
                {
                    quantity = q;
                }

                if (priceColumn >= 0 && quantity is { } qty && LeadingAmount(row.Text(priceColumn)) is { } price)
                {
                    CheckUnitCost(text.Name, row, qty, ToMillions(price, inMillions)!.Value, lineAmount, heading, log);
                }
            }

            i = r - 1;
            var linesSum = lines.Sum(l => l.Amount);
            var total = stated?.Amount ?? linesSum;
            var totalLine = stated?.Row.Line ?? header.Line;
            var item = heading is { } h && h.Number >= 1 && h.Number <= items.Count ? items[h.Number - 1] : null;
            if (stated is { } s)
            {
                if (item is not null)
                {
                    builder.State(StatementKind.BreakdownTotal, StatementScope.Item(item.GroupCode, item.Code), null, null, s.Amount,
                        s.Row.Label.Length > 0 ? s.Row.Label : s.Row.Code, s.Row.Line);
                }

                if (s.Amount == linesSum)
                {
                    log.Agreed();
                }
                else
                {
                    log.Disagreed(new Discrepancy("breakdown-total", $"breakdown {heading?.Number}", s.Amount, linesSum,
                        $"Breakdown {heading?.Number} ('{Short(heading?.Title)}') states a total of {Describe.Money(s.Amount)} but its lines add up to {Describe.Money(linesSum)} (difference {Describe.Signed(s.Amount - linesSum)}).",
                        new SourceLine(text.Name, s.Row.Line))
                    {
                        Figures = Breakdown(heading, (DiscrepancyFigure.Item, item?.Code)),
                    });
                }
            }

            if (item is not null && heading is { } head)
            {
                CompareWithItem(text.Name, head, total, totalLine, item, facts, log);
            }
        }
    }

    private static void CheckUnitCost(string document, TableRow row, decimal quantity, decimal price, decimal amount,
        (int Number, string Title)? heading, DiscrepancyLog log)
    {
        var expected = quantity * price;
        if (expected == amount)
        {
            log.Agreed();
            return;
        }

        log.Disagreed(new Discrepancy("unit-cost", $"breakdown {heading?.Number} · line {row.Code}", amount, expected,
            $"Line {row.Code} of breakdown {heading?.Number} ('{Short(row.Label)}') states {Describe.Money(amount)} but {quantity.ToString(CultureInfo.InvariantCulture)} × {Describe.Money(price)} = {Describe.Money(expected)} (difference {Describe.Signed(amount - expected)}).",
            new SourceLine(document, row.Line))
        {
            Figures = Breakdown(heading, (DiscrepancyFigure.Line, row.Code), (DiscrepancyFigure.Label, row.Label),
                (DiscrepancyFigure.Quantity, DiscrepancyFigure.Number(quantity)), (DiscrepancyFigure.Price, DiscrepancyFigure.Number(price))),
        });
    }

    /// <summary>A breakdown's number and title, and further figures, for wording a discrepancy.</summary>
    private static Dictionary<string, string> Breakdown((int Number, string Title)? heading, params (string Name, string? Value)[] more)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        if (heading is { } h)
        {
            figures[DiscrepancyFigure.Breakdown] = h.Number.ToString(CultureInfo.InvariantCulture);
            figures[DiscrepancyFigure.Title] = h.Title;
        }

        foreach (var (name, value) in more.Where(m => m.Value is not null))
        {
            figures[name] = value!;
        }

        return figures;
    }

    private static void CompareWithItem(string document, (int Number, string Title) heading, decimal total, int line, BudgetItem item,
        IReadOnlyList<BudgetFact> facts, DiscrepancyLog log)
    {
        // A breakdown costs one year's activity; whole-period facts (no year) are compared as one "year".
        var perYear = facts.Where(f => f.ItemCode == item.Code).GroupBy(f => f.Year ?? 0).ToDictionary(g => g.Key, g => g.Sum(f => f.Amount));
        var matchingYears = perYear.Where(p => p.Value == total).Select(p => p.Key).Order().ToList();
        var itemTotal = perYear.Values.Sum();
        if (matchingYears.Count > 0)
        {
            log.Agreed();
        }
        else
        {
            log.Disagreed(new Discrepancy("breakdown-vs-item", $"item {item.Code}", total, itemTotal,
                $"Breakdown {heading.Number} costs {Describe.Money(total)} but item {item.Code} in the budget appendix has no year with that amount (years: {string.Join(", ", perYear.OrderBy(p => p.Key).Select(p => $"{p.Key}: {Describe.Money(p.Value)}"))}).",
                new SourceLine(document, line))
            {
                Figures = Breakdown(heading, (DiscrepancyFigure.Item, item.Code), (DiscrepancyFigure.Name, item.Name)),
            });
        }

        var overlap = NameOverlap(heading.Title, item.Name);
        if (overlap >= NameOverlapThreshold)
        {
            log.Agreed();
            return;
        }

        var years = matchingYears.Count > 0 ? $" — the money matches its {string.Join(", ", matchingYears)} amount" : string.Empty;
        log.Disagreed(new Discrepancy("item-name", $"item {item.Code}", null, null,
            $"Breakdown {heading.Number} is titled '{Short(heading.Title)}' but item {item.Code} in the budget appendix is '{Short(item.Name)}'{years}: same place, different description.",
            new SourceLine(document, line))
        {
            Figures = Breakdown(heading, (DiscrepancyFigure.Item, item.Code), (DiscrepancyFigure.Name, item.Name),
                (DiscrepancyFigure.Years, matchingYears.Count > 0 ? string.Join(",", matchingYears) : null)),
        });
    }

    /// <summary>Share of the shorter name's words found in the other (overlap coefficient), ignoring common words.</summary>
    internal static decimal NameOverlap(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0;
        }

        return (decimal)wa.Intersect(wb).Count() / Math.Min(wa.Count, wb.Count);
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(CellText.Key(text)).Select(m => m.Value).Where(w => !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "và", "các", "cho", "của", "về", "trên", "trong", "theo", "với", "thương", "mại", "điện", "tử", "xây", "dựng", "bộ", "giải", "pháp", "thành",
            "phố", "cần", "thơ",
    };

    private static decimal? ToMillions(decimal? amount, bool alreadyMillions) => amount is { } a ? alreadyMillions ? a : a / 1_000_000m : null;

    private static bool SameHeader(TableRow a, TableRow b) =>
        a.Cells.Count == b.Cells.Count && Enumerable.Range(0, a.Cells.Count).All(c => a.Text(c) == b.Text(c));

    private static int FindColumn(TableRow header, string title)
    {
        for (var c = 0; c < header.Cells.Count; c++)
        {
            if (CellText.Key(header.Text(c)).Contains(title, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }

    // "02 người x 2 buổi" → 4; "150 bộ" → 150; "" → null.
    private static decimal? Product(string text)
    {
        var numbers = NumberToken().Matches(text).Select(m => VietnameseNumbers.TryParseAmount(m.Value, out var v) ? v : null).ToList();
        if (numbers.Count == 0 || numbers.Any(n => n is null))
        {
            return null;
        }

        return numbers.Aggregate(1m, (p, n) => p * n!.Value);
    }

    // "1.000.000đ/ buổi" → 1000000.
    private static decimal? LeadingAmount(string text)
    {
        var match = NumberToken().Match(text);
        return match.Success && VietnameseNumbers.TryParseAmount(match.Value, out var v) ? v : null;
    }

    private static (int Number, string Title)? Heading(PlanText text, int headerLine)
    {
        for (var n = headerLine - 1; n >= 1 && n >= headerLine - 6; n--)
        {
            var line = CellText.Clean(text.Line(n));
            var match = NumberedHeading().Match(line);
            if (match.Success)
            {
                return (int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Groups["title"].Value.Trim());
            }
        }

        return null;
    }

    private static bool TextBetween(PlanText text, int from, int to)
    {
        for (var n = from + 1; n < to; n++)
        {
            if (CellText.Clean(text.Line(n)).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Short(string? text) => text is null ? string.Empty : text.Length <= 70 ? text : text[..70] + "…";

    [GeneratedRegex(@"^(?<n>\d+)\.\s+(?<title>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"\d[\d.]*(?:,\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
