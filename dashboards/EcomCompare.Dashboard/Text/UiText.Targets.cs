using EcomCompare.Cube.Query;

namespace EcomCompare.Dashboard.Text;

/// <summary>How a 2025 target reads: comparator, number and unit in the UI language (the cube's codes are English).</summary>
public sealed partial class UiText
{
    /// <summary>A target unit in the UI language; the cube's own text for a unit this table does not know.</summary>
    public string TargetUnit(string unit) => (unit, IsEnglish) switch
    {
        ("%/year", false) => "%/năm",
        ("USD/person/year", false) => "USD/người/năm",
        ("persons", false) => "lượt người",
        ("sessions", false) => "buổi",
        ("persons", true) => "attendances",
        _ => unit,
    };

    /// <summary>
    /// A target as a cell reads it: <c>≥ 55%</c>, <c>≈ 10%</c>, <c>40–50%</c>, <c>&lt; 10%</c>, <c>1.000 lượt người</c>;
    /// a target without a number says so.
    /// </summary>
    public string TargetValue(TargetRecord target)
    {
        if (target.Value is not { } value)
        {
            return TargetsNoNumber;
        }

        var number = target.ValueMax is { } max ? $"{Format.Amount(value)}–{Format.Amount(max)}" : Format.Amount(value);
        var withUnit = WithUnit(number, target.Unit);
        var comparator = target.Comparator switch
        {
            "at-least" => "≥ ",
            "above" => "> ",
            "about" => "≈ ",
            "under" => "< ",
            _ => string.Empty,
        };
        return comparator + withUnit;
    }

    /// <summary>A national target as the table shows it: "≥ 55%", "≤ 10%", "≥ 600 USD/người/năm".</summary>
    public string NationalValue(decimal value, string? comparator, string unitCode) =>
        $"{comparator ?? string.Empty} {WithUnit(Format.Amount(value), unitCode)}".Trim();

    // "55%", "600 USD/người/năm": a percent sticks to its number, other units stand apart.
    private string WithUnit(string number, string unitCode) =>
        TargetUnit(unitCode) is { Length: > 0 } unit ? (unit.StartsWith('%') ? number + unit : $"{number} {unit}") : number;

    /// <summary>The comparator in words, for screen readers and the sentence panel.</summary>
    public string TargetComparator(string comparator) => (comparator, IsEnglish) switch
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
}
