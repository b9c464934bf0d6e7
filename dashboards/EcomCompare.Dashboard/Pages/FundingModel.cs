namespace EcomCompare.Dashboard.Pages;

/// <summary>What the funding-split page shows.</summary>
/// <param name="Sources">Funding-source codes shown (the slice's, or all), in order.</param>
/// <param name="Panels">One panel for the whole period or the chosen year; one per year for small multiples.</param>
/// <param name="StatedTotals">Each province's official stated total (whole plan), by code.</param>
/// <param name="CubeTotals">Each province's cube total (whole plan, every source), by code.</param>
public sealed record FundingModel(
    IReadOnlyList<string> Sources,
    IReadOnlyList<FundingPanel> Panels,
    IReadOnlyDictionary<string, decimal?> StatedTotals,
    IReadOnlyDictionary<string, decimal> CubeTotals)
{
    /// <summary>Provinces whose document is a draft: their stated total is the draft's, not an official figure.</summary>
    public IReadOnlySet<string> Drafts { get; init; } = new HashSet<string>();
}

/// <summary>The split of each province (and of all of them) within one period.</summary>
/// <param name="Year">The year, or null for the period the slice covers.</param>
/// <param name="Provinces">Provinces in manifest order.</param>
/// <param name="AllProvinces">Every province together.</param>
public sealed record FundingPanel(int? Year, IReadOnlyList<ProvinceSplit> Provinces, ProvinceSplit AllProvinces);

/// <summary>One province's money per funding source, with shares of its total.</summary>
/// <param name="Code">Province code (empty for the all-provinces row).</param>
/// <param name="Name">Display name.</param>
/// <param name="Amounts">Amount per source code (a source with no money is absent).</param>
/// <param name="Shares">Share of <paramref name="Total"/> per source code.</param>
/// <param name="Total">The province's total in the slice.</param>
public sealed record ProvinceSplit(
    string Code, string Name, IReadOnlyDictionary<string, decimal> Amounts, IReadOnlyDictionary<string, double?> Shares, decimal Total)
{
    /// <summary>The amount of a source, 0 when it has none.</summary>
    public decimal Amount(string source) => Amounts.TryGetValue(source, out var a) ? a : 0m;

    /// <summary>The share of a source, null when the province has no money in the slice.</summary>
    public double? Share(string source) => Shares.TryGetValue(source, out var s) ? s : (Total == 0 ? null : 0);
}
