namespace EcomCompare.Dashboard.Pages;

/// <summary>What the trends page shows: money per year, per province and source, and the co-financing ratio.</summary>
/// <param name="Years">The years shown (the slice's range within the plan years).</param>
/// <param name="Sources">The funding sources shown.</param>
/// <param name="Provinces">The provinces shown, in manifest order.</param>
/// <param name="CoFinancingApplies">False when the source filter leaves out central or local money.</param>
public sealed record TrendsModel(
    IReadOnlyList<int> Years, IReadOnlyList<string> Sources, IReadOnlyList<TrendProvince> Provinces, bool CoFinancingApplies);

/// <summary>One province's money per year.</summary>
/// <param name="Code">Province code.</param>
/// <param name="Name">Name.</param>
/// <param name="Index">Position in manifest order (its colour).</param>
/// <param name="BySource">Per source code: one amount per year (null: no budget line).</param>
/// <param name="Totals">Per year: the province's money in the slice.</param>
/// <param name="CoFinancing">Per year: local ÷ central (null where there is no central money).</param>
/// <param name="CoFinancingWhole">Local ÷ central over the years shown.</param>
public sealed record TrendProvince(
    string Code,
    string Name,
    int Index,
    IReadOnlyDictionary<string, IReadOnlyList<decimal?>> BySource,
    IReadOnlyList<decimal> Totals,
    IReadOnlyList<double?> CoFinancing,
    double? CoFinancingWhole);
