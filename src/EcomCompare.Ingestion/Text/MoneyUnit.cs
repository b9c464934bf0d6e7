using System.Text.RegularExpressions;

namespace EcomCompare.Ingestion.Text;

/// <summary>
/// A unit of money as the documents write it — đồng, nghìn đồng ("1.000 đồng"), triệu đồng, tỷ đồng — and its
/// factor to million VND, the cube's unit. A unit misread is a factor of 1,000: every amount goes through here.
/// </summary>
/// <param name="Name">The unit as this code names it in messages: <c>đồng</c>, <c>nghìn đồng</c>, <c>triệu đồng</c>, <c>tỷ đồng</c>.</param>
/// <param name="Millions">Million VND per one of the unit (exact).</param>
public sealed partial record MoneyUnit(string Name, decimal Millions)
{
    /// <summary>đồng: 0.000001 million.</summary>
    public static MoneyUnit Dong { get; } = new("đồng", 0.000001m);

    /// <summary>nghìn đồng (1.000 đồng): 0.001 million.</summary>
    public static MoneyUnit Thousand { get; } = new("nghìn đồng", 0.001m);

    /// <summary>triệu đồng: the cube's unit.</summary>
    public static MoneyUnit Million { get; } = new("triệu đồng", 1m);

    /// <summary>tỷ đồng: 1,000 million.</summary>
    public static MoneyUnit Billion { get; } = new("tỷ đồng", 1000m);

    /// <summary>The units, smallest first.</summary>
    public static IReadOnlyList<MoneyUnit> All { get; } = [Dong, Thousand, Million, Billion];

    /// <summary>An amount in this unit, in million VND (exact decimal arithmetic).</summary>
    public decimal ToMillions(decimal amount) => amount * Millions;

    /// <summary>
    /// Reads a unit word as it follows an amount or a "Đơn vị tính:" label: "triệu đồng", "tr.đ", "triệu", "tỷ đồng",
    /// "tỉ", "nghìn đồng", "ngàn đồng", "1.000 đồng", "1000đ", "đồng", "VNĐ", "VND". Null when the text is none of them.
    /// </summary>
    public static MoneyUnit? Parse(string text)
    {
        var key = Spaces().Replace(CellText.Key(text).Trim(' ', '.', ':', '(', ')', '*', ';', ','), " ");
        if (key.Length == 0)
        {
            return null;
        }

        var match = UnitWords().Match(key);
        return match.Success && match.Index == 0 && match.Length == key.Length ? FromMatch(match) : null;
    }

    /// <summary>
    /// Finds a stated table unit in a line or header cell: "Đơn vị tính: triệu đồng", "ĐVT: 1.000 đồng", "(Đơn vị:
    /// nghìn đồng)", "Kinh phí (triệu đồng)", "Thành tiền (đồng)". Returns every unit stated (normally one); the
    /// span of text that stated it is in <paramref name="said"/>.
    /// </summary>
    public static IReadOnlyList<MoneyUnit> Stated(string text, out IReadOnlyList<string> said)
    {
        var key = Spaces().Replace(CellText.Key(text), " ");
        var units = new List<MoneyUnit>();
        var phrases = new List<string>();
        foreach (Match m in UnitLabel().Matches(key))
        {
            units.Add(FromMatch(m)!);
            phrases.Add(m.Value.Trim());
        }

        if (units.Count == 0)
        {
            foreach (Match m in BracketedUnit().Matches(key))
            {
                units.Add(FromMatch(m)!);
                phrases.Add(m.Value.Trim());
            }
        }

        said = phrases;
        return units;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static MoneyUnit? FromMatch(Match match)
    {
        if (match.Groups["billion"].Success)
        {
            return Billion;
        }

        if (match.Groups["million"].Success)
        {
            return Million;
        }

        if (match.Groups["thousand"].Success)
        {
            return Thousand;
        }

        return match.Groups["dong"].Success ? Dong : null;
    }

    private const string Words =
        @"(?:(?<billion>(?:tỷ|tỉ)(?:\s*(?:đồng|vnđ|vnd|đ))?|1\.000\.000\.000\s*(?:đồng|vnđ|vnd|đ))" +
        @"|(?<million>triệu(?:\s*(?:đồng|vnđ|vnd|đ))?|tr\.?\s*đ(?:ồng)?|trđ|1\.000\.000\s*(?:đồng|vnđ|vnd|đ))" +
        @"|(?<thousand>(?:nghìn|ngàn)(?:\s*(?:đồng|vnđ|vnd|đ))?|1\.000\s*(?:đồng|vnđ|vnd|đ)|1000\s*(?:đồng|vnđ|vnd|đ))" +
        @"|(?<dong>đồng|vnđ|vnd|đ))";

    [GeneratedRegex(Words, RegexOptions.CultureInvariant)]
    private static partial Regex UnitWords();

    // "đơn vị tính: triệu đồng", "đvt: 1.000 đồng", "đơn vị: nghìn đồng", "(đvt triệu đồng)".
    [GeneratedRegex(@"(?:đơn vị tính|đơn vị|đvt|dvt)\s*[:.]?\s*" + Words + @"(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex UnitLabel();

    // "Kinh phí (triệu đồng)", "Thành tiền (đồng)", "(1.000 đồng)": a unit alone in brackets.
    [GeneratedRegex(@"\(\s*" + Words + @"\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedUnit();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
