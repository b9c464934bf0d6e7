using EcomCompare.Cube.Query;

namespace EcomCompare.Views.Words;

/// <summary>
/// How a 2025 target reads, in Vietnamese and English: its unit, comparator and value, the national target of
/// Decision 645/QĐ-TTg beside it, and whether a province's target falls short of that national one. One catalogue
/// for the targets page and its workbook, so that both say the same (the cube's codes are English).
/// </summary>
public sealed class TargetWords
{
    private readonly bool _english;
    private readonly NumberDisplay _numbers;

    private TargetWords(Language language)
    {
        _english = language == Language.En;
        _numbers = NumberDisplay.For(language);
    }

    /// <summary>Vietnamese.</summary>
    public static TargetWords Vi { get; } = new(Language.Vi);

    /// <summary>English.</summary>
    public static TargetWords En { get; } = new(Language.En);

    /// <summary>The words in <paramref name="language"/>.</summary>
    public static TargetWords For(Language language) => language == Language.En ? En : Vi;

    /// <summary>A target unit in the language; the cube's own text for a unit this table does not know.</summary>
    public string Unit(string unit) => (unit, _english) switch
    {
        ("%/year", false) => "%/năm",
        ("USD/person/year", false) => "USD/người/năm",
        ("persons", false) => "lượt người",
        ("sessions", false) => "buổi",
        ("persons", true) => "attendances",
        _ => unit,
    };

    /// <summary>The comparator in words ("ít nhất", "at least"); empty for one this table does not know.</summary>
    public string Comparator(string comparator) => (comparator, _english) switch
    {
        ("at-least", false) => "ít nhất",
        ("above", false) => "trên",
        ("about", false) => "khoảng",
        ("under", false) => "dưới",
        ("range", false) => "trong khoảng",
        ("exactly", false) => "đạt",
        ("at-least", true) => "at least",
        ("above", true) => "above",
        ("about", true) => "about",
        ("under", true) => "under",
        ("range", true) => "between",
        ("exactly", true) => "reach",
        _ => string.Empty,
    };

    /// <summary>
    /// A target as a cell reads it: <c>≥ 55%</c>, <c>≈ 10%</c>, <c>40–50%</c>, <c>&lt; 10%</c>, <c>1.000 lượt người</c>;
    /// null for a target without a number.
    /// </summary>
    public string? Value(TargetRecord target)
    {
        if (target.Value is not { } value)
        {
            return null;
        }

        var number = target.ValueMax is { } max ? $"{Number(value)}–{Number(max)}" : Number(value);
        var comparator = target.Comparator switch
        {
            "at-least" => "≥ ",
            "above" => "> ",
            "about" => "≈ ",
            "under" => "< ",
            _ => string.Empty,
        };
        return comparator + WithUnit(number, target.Unit);
    }

    /// <summary>A national target as the page shows it: "≥ 55%", "≤ 10%", "≥ 600 USD/người/năm".</summary>
    public string National(decimal value, string? comparator, string unitCode) =>
        $"{comparator ?? string.Empty} {WithUnit(Number(value), unitCode)}".Trim();

    /// <summary>"Cả nước 2025 (645/QĐ-TTg)": the national target's heading.</summary>
    public string NationalHeading => _english ? "National 2025 (645/QĐ-TTg)" : "Cả nước 2025 (645/QĐ-TTg)";

    /// <summary>The flag beside a province's target that falls short of the national one.</summary>
    public string BelowNational => _english ? "▼ below the national target" : "▼ thấp hơn mức cả nước";

    /// <summary>The number a target is compared by: its value, a range's midpoint, null without a number.</summary>
    public static decimal? Comparable(TargetRecord target) =>
        target.Value is { } value ? (target.ValueMax is { } max ? (value + max) / 2 : value) : null;

    /// <summary>
    /// True when <paramref name="target"/> falls short of the national target: lower than a floor (<c>≥</c>), higher
    /// than a ceiling (<c>≤</c>); false without a national target or without a number.
    /// </summary>
    public static bool FallsShort(TargetRecord target, decimal? national, string? comparator) =>
        national is { } bar && Comparable(target) is { } value && (comparator == "≤" ? value > bar : value < bar);

    private string Number(decimal value) => value.ToString("#,##0.###", _numbers.Numbers);

    // "55%", "600 USD/người/năm": a percent sticks to its number, other units stand apart.
    private string WithUnit(string number, string unitCode) =>
        Unit(unitCode) is { Length: > 0 } unit ? (unit.StartsWith('%') ? number + unit : $"{number} {unit}") : number;
}
