using EcomCompare.Cube.Query;
using EcomCompare.Views.Words;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// What the targets page shows: the provinces as columns, the indicators as rows in their groups, each group with
/// the money its provinces plan for the related task categories.
/// </summary>
/// <param name="Provinces">Columns, in manifest order.</param>
/// <param name="Groups">Indicator groups in indicator order; "other" (targets that map to no indicator) last.</param>
/// <param name="Selected">The target whose sentence is open (<c>target=</c>), or null.</param>
public sealed record TargetsModel(IReadOnlyList<TargetColumn> Provinces, IReadOnlyList<TargetGroup> Groups, TargetRecord? Selected)
{
    /// <summary>Rows in all groups.</summary>
    public IEnumerable<TargetRow> Rows => Groups.SelectMany(g => g.Rows);
}

/// <summary>A province column.</summary>
/// <param name="Code">Province code.</param>
/// <param name="Name">Its name.</param>
public sealed record TargetColumn(string Code, string Name);

/// <summary>An indicator group (market size, human resources…) with the money behind it.</summary>
/// <param name="Key">The group's English name (stable across languages).</param>
/// <param name="Label">Its name in the UI language.</param>
/// <param name="Budgets">Per related task category, what each province plans for it (million VND, within the slice).</param>
/// <param name="Rows">Its indicators.</param>
public sealed record TargetGroup(string Key, string Label, IReadOnlyList<GroupBudget> Budgets, IReadOnlyList<TargetRow> Rows);

/// <summary>The money a province plans for one task category.</summary>
/// <param name="CategoryCode">Harmonized category.</param>
/// <param name="CategoryName">Its name in the UI language.</param>
/// <param name="ByProvince">Amount per province code (absent: nothing planned in the slice).</param>
public sealed record GroupBudget(string CategoryCode, string CategoryName, IReadOnlyDictionary<string, decimal> ByProvince);

/// <summary>One indicator across provinces.</summary>
/// <param name="IndicatorCode">Harmonized indicator code (<c>other</c> for unmapped targets).</param>
/// <param name="Label">Its name in the UI language.</param>
/// <param name="Unit">Its unit as the cube writes it (<c>%</c>, <c>USD/person/year</c>, <c>persons</c>…; empty: no number).</param>
/// <param name="Cells">Targets per province code (usually one).</param>
/// <param name="Spread">How the provinces' values compare.</param>
public sealed record TargetRow(
    string IndicatorCode, string Label, string Unit, IReadOnlyDictionary<string, IReadOnlyList<TargetRecord>> Cells, TargetSpread Spread)
{
    /// <summary>The national 2025 target (645/QĐ-TTg) for the indicator, when there is one.</summary>
    public decimal? National { get; init; }

    /// <summary><c>≥</c> (a floor) or <c>≤</c> (a ceiling); null without a national target.</summary>
    public string? NationalComparator { get; init; }

    /// <summary>Provinces whose target falls short of the national one (lower than a floor, higher than a ceiling).</summary>
    public IReadOnlySet<string> BelowNational { get; init; } = new HashSet<string>();

    /// <summary>The provinces whose first target for the indicator falls short of <paramref name="national"/>.</summary>
    public static IReadOnlySet<string> ShortOf(IReadOnlyDictionary<string, IReadOnlyList<TargetRecord>> cells, decimal? national,
        string? comparator) =>
        national is not { } bar
            ? new HashSet<string>()
            : cells
                .Where(c => TargetWords.FallsShort(c.Value[0], bar, comparator))
                .Select(c => c.Key)
                .ToHashSet();

    /// <summary>True when the row is worth an analyst's eye: values far apart, or not every province states it.</summary>
    public bool Differs => Spread.ValuesDiffer || Spread.NotStatedBy.Count > 0;
}

/// <summary>How far apart the provinces' targets for one indicator are.</summary>
/// <param name="ValuesDiffer">The lowest value is at most <see cref="TargetSpread.Threshold"/> of the highest.</param>
/// <param name="Lowest">Province codes holding the lowest value (when values differ).</param>
/// <param name="Highest">Province codes holding the highest value (when values differ).</param>
/// <param name="Ratio">Highest ÷ lowest, when both are positive.</param>
/// <param name="NotStatedBy">Shown provinces that state no target for the indicator.</param>
public sealed record TargetSpread(
    bool ValuesDiffer, IReadOnlyList<string> Lowest, IReadOnlyList<string> Highest, decimal? Ratio, IReadOnlyList<string> NotStatedBy)
{
    /// <summary>
    /// Values differ when the lowest is at most three quarters of the highest (35 % against 50 % cashless payment
    /// differs; 40 % against 50 % of communes, or a 40–50 % range against 50 %, does not): a gap an analyst would
    /// call a different ambition rather than rounding.
    /// </summary>
    public const decimal Threshold = 0.75m;

    /// <summary>No targets to compare.</summary>
    public static TargetSpread None { get; } = new(false, [], [], null, []);

    /// <summary>
    /// Compares the provinces' values: a range counts as its midpoint, a target without a number takes no part,
    /// and a province with several targets for the indicator counts with its first.
    /// </summary>
    public static TargetSpread Of(IReadOnlyDictionary<string, IReadOnlyList<TargetRecord>> cells, IEnumerable<string> shown)
    {
        var notStated = shown.Where(p => !cells.ContainsKey(p)).ToList();
        var values = cells
            .Select(c => (Province: c.Key, Value: Comparable(c.Value[0])))
            .Where(v => v.Value is not null)
            .Select(v => (v.Province, Value: v.Value!.Value))
            .ToList();
        if (values.Count < 2)
        {
            return new TargetSpread(false, [], [], null, notStated);
        }

        var low = values.Min(v => v.Value);
        var high = values.Max(v => v.Value);
        var differ = high > 0 && low <= high * Threshold;
        return new TargetSpread(
            differ,
            differ ? values.Where(v => v.Value == low).Select(v => v.Province).ToList() : [],
            differ ? values.Where(v => v.Value == high).Select(v => v.Province).ToList() : [],
            low > 0 ? Math.Round(high / low, 2) : null,
            notStated);
    }

    /// <summary>The number a target is compared by: its value, a range's midpoint, null without a number.</summary>
    public static decimal? Comparable(TargetRecord target) => TargetWords.Comparable(target);
}
