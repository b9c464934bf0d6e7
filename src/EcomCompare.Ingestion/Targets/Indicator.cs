namespace EcomCompare.Ingestion.Targets;

/// <summary>A harmonized target indicator (from <c>cube/categories/indicators.tsv</c>).</summary>
/// <param name="Code">Stable key, e.g. <c>cashless-payment</c>.</param>
/// <param name="Order">Display order.</param>
/// <param name="Group">English group name.</param>
/// <param name="GroupVi">Vietnamese group name.</param>
/// <param name="Unit">The unit its values have (empty for targets without a number).</param>
/// <param name="Category">The harmonized budget category whose money serves it, or empty.</param>
/// <param name="Name">English name.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="Patterns">Alternatives, each a set of phrases that must all appear.</param>
public sealed record Indicator(
    string Code,
    int Order,
    string Group,
    string GroupVi,
    string Unit,
    string Category,
    string Name,
    string NameVi,
    IReadOnlyList<IReadOnlyList<string>> Patterns)
{
    /// <summary>The national target for 2025 (Decision 645/QĐ-TTg) in <see cref="Unit"/>, when there is one.</summary>
    public decimal? National { get; init; }

    /// <summary>The national target is a ceiling (a cost), not a floor: a province aiming higher is below the bar.</summary>
    public bool NationalIsCeiling { get; init; }

    /// <summary>The catch-all code.</summary>
    public const string Other = "other";

    /// <summary>True when every phrase of some alternative appears in <paramref name="key"/> (lower-cased text).</summary>
    public bool Matches(string key) => Patterns.Any(alternative => alternative.All(phrase => key.Contains(phrase, StringComparison.Ordinal)));
}
