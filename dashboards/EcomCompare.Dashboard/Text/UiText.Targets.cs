using EcomCompare.Cube.Query;
using EcomCompare.Views.Words;

namespace EcomCompare.Dashboard.Text;

/// <summary>
/// How a 2025 target reads: comparator, number and unit in the UI language — the words the targets workbook uses
/// too (<see cref="TargetWords"/>).
/// </summary>
public sealed partial class UiText
{
    private TargetWords Targets => IsEnglish ? TargetWords.En : TargetWords.Vi;

    /// <summary>A target unit in the UI language; the cube's own text for a unit this table does not know.</summary>
    public string TargetUnit(string unit) => Targets.Unit(unit);

    /// <summary>
    /// A target as a cell reads it: <c>≥ 55%</c>, <c>≈ 10%</c>, <c>40–50%</c>, <c>&lt; 10%</c>, <c>1.000 lượt người</c>;
    /// a target without a number says so.
    /// </summary>
    public string TargetValue(TargetRecord target) => Targets.Value(target) ?? TargetsNoNumber;

    /// <summary>A national target as the table shows it: "≥ 55%", "≤ 10%", "≥ 600 USD/người/năm".</summary>
    public string NationalValue(decimal value, string? comparator, string unitCode) => Targets.National(value, comparator, unitCode);

    /// <summary>The comparator in words, for screen readers and the sentence panel.</summary>
    public string TargetComparator(string comparator) => Targets.Comparator(comparator);
}
