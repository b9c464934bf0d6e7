using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>What a phrase of a table is, tags and emphasis aside: a row code or an amount, which never wrap.</summary>
internal static partial class Tokens
{
    /// <summary>A row code ("1", "2.1", "IV", "a", "b)") or an amount ("1.185", "46,3", "-").</summary>
    public static bool IsCodeOrAmount(string text) => CodeOrAmount().IsMatch(CellText.Clean(text));

    /// <summary>
    /// An amount: digits grouped by dots or commas, or a dash for none — not a year (a header's "2021", wrapped
    /// under its "Năm", is a label).
    /// </summary>
    public static bool IsAmount(string text)
    {
        var clean = CellText.Clean(text);
        return Amount().IsMatch(clean) && !Year().IsMatch(clean);
    }

    [GeneratedRegex(@"^([IVXLC]+\.?|[a-zđ][.)]?|\d+([.,]\d+)*[.)]?|-|–)$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeOrAmount();

    [GeneratedRegex(@"^(\d+([.,]\d+)*|-|–)$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"^(19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
