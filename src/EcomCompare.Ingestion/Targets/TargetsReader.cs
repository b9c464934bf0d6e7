using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Targets;

/// <summary>
/// Reads a plan's quantitative targets ("Mục tiêu cụ thể", "Mục tiêu cần đạt được đến năm 2025"): every bullet
/// ("- …", "a) …") under the section, up to the tasks section ("Nhiệm vụ"). A sentence can hold several targets
/// ("Thanh toán không dùng tiền mặt … đạt 35%, trong đó … trung gian thanh toán chiếm 50%"): each number with a
/// unit is one, mapped to an indicator by the clause around it. A sentence with no number is one target without a
/// value. Nothing is dropped: what matches no indicator is kept as <c>other</c>.
/// </summary>
internal static partial class TargetsReader
{
    public static IReadOnlyList<PlanTarget> Read(PlanText text, ProvincePlan plan, IndicatorList indicators)
    {
        var targets = new List<PlanTarget>();
        var start = Enumerable.Range(1, text.Lines.Count).FirstOrDefault(n => SectionStart().IsMatch(Heading(text.Line(n))));
        if (start == 0)
        {
            return targets;
        }

        var section = string.Empty;
        (int Line, string Text)? pending = null;
        void Flush()
        {
            if (pending is { } p)
            {
                targets.AddRange(Parse(p.Text, section, new SourceLine(text.Name, p.Line), plan, indicators));
            }

            pending = null;
        }

        for (var n = start + 1; n <= text.Lines.Count; n++)
        {
            var line = Heading(text.Line(n));
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length < 120 && CellText.Key(line).Contains("nhiệm vụ", StringComparison.Ordinal))
            {
                break; // the tasks section begins
            }

            if (SubHeading().Match(line) is { Success: true } heading)
            {
                Flush();
                section = heading.Groups["title"].Value.TrimEnd(':', ' ');
            }
            else if (Bullet().Match(line) is { Success: true } bullet)
            {
                Flush();
                pending = (n, bullet.Groups["text"].Value);
            }
            else if (pending is { } p && char.IsLower(line[0]))
            {
                pending = (p.Line, p.Text + " " + line); // a sentence broken across a page
            }
            else
            {
                Flush(); // an introductory paragraph, not a target
            }
        }

        Flush();
        return targets;
    }

    private static IEnumerable<PlanTarget> Parse(string sentence, string section, SourceLine origin, ProvincePlan plan, IndicatorList indicators)
    {
        var key = sentence.ToLowerInvariant();
        var year = YearMention().Match(key) is { Success: true } y ? int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture) : plan.LastYear;
        var quantities = Quantity().Matches(key);
        if (quantities.Count == 0)
        {
            var indicator = indicators.Match(string.Empty, key, key);
            yield return new PlanTarget(indicator.Code, null, null, string.Empty, "none", year, sentence, section, origin);
            yield break;
        }

        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            var unit = Unit(q, key);
            var clause = Clause(key, q.Index, q.Index + q.Length);
            var windowStart = i == 0 ? 0 : quantities[i - 1].Index + quantities[i - 1].Length;
            var windowEnd = i + 1 < quantities.Count ? quantities[i + 1].Index : key.Length;
            var indicator = indicators.Match(unit, clause, key[windowStart..windowEnd]);
            var value = Number(q.Groups["v"].Value);
            decimal? max = q.Groups["v2"].Success ? Number(q.Groups["v2"].Value) : null;
            yield return new PlanTarget(indicator.Code, value, max, unit, Comparator(q, clause, max is not null), year, sentence, section, origin);
        }
    }

    private static string Unit(Match quantity, string key)
    {
        var after = key[(quantity.Index + quantity.Length)..];
        return quantity.Groups["unit"].Value switch
        {
            "%" when PerYear().IsMatch(after) => "%/year",
            "%" => "%",
            "lượt" => "persons",
            "buổi" => "sessions",
            _ => "USD/person/year",
        };
    }

    private static string Comparator(Match quantity, string clause, bool range) => range ? "range" : quantity.Groups["pre"].Value switch
    {
        "khoảng" => "about",
        "trên" => "above",
        "dưới" => "under",
        "ít nhất" or "tối thiểu" => "at-least",
        _ when clause.Contains("trở lên", StringComparison.Ordinal) => "at-least",
        _ => "exactly",
    };

    // The clause around [from, to): between the nearest ',', ';' or "trong đó" on either side.
    private static string Clause(string key, int from, int to)
    {
        var left = Math.Max(Math.Max(key.LastIndexOf(',', from), key.LastIndexOf(';', from)), key.LastIndexOf("trong đó", from, StringComparison.Ordinal));
        var rightComma = key.IndexOfAny([',', ';'], to);
        var right = rightComma < 0 ? key.Length : rightComma;
        return key[(left < 0 ? 0 : left)..right];
    }

    private static decimal Number(string text) =>
        VietnameseNumbers.TryParseAmount(text, out var value) && value is { } v ? v : throw new FormatException($"not a number: {text}");

    /// <summary>The line's text without markdown heading marks and emphasis.</summary>
    private static string Heading(string line) => CellText.Clean(line.TrimStart('#', ' ')).Replace("*", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"^(?:[\dIVX]+(?:\.\d+)*\.?\s*)?mục tiêu (?:cụ thể|cần đạt được)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"^(?:[a-zđ][\).]|\d+\.)\s*(?<title>về\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^(?:[-–•]|[a-zđ]\))\s+(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"(?:(?<pre>khoảng|trên|dưới|ít nhất|tối thiểu)\s+)?(?<v>\d[\d.]*(?:,\d+)?)(?:\s*(?:-|–|đến)\s*(?<v2>\d[\d.]*(?:,\d+)?))?\s*(?<unit>%|usd/người/năm|lượt|buổi)", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^\s*(?:/\s*)?năm\b", RegexOptions.CultureInvariant)]
    private static partial Regex PerYear();

    [GeneratedRegex(@"năm\s+(?<y>20\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearMention();
}
