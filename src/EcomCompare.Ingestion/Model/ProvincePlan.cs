namespace EcomCompare.Ingestion.Model;

/// <summary>A province and its plan, as declared in <c>cube/sources/manifest.tsv</c>.</summary>
/// <param name="Code">Stable key, e.g. <c>binh-dinh</c>.</param>
/// <param name="Name">Vietnamese name with diacritics.</param>
/// <param name="Region">Socio-economic region.</param>
/// <param name="Decision">The adopting decision's number as the manifest records it.</param>
/// <param name="DecisionDate">Null when the document leaves the date blank (a draft).</param>
/// <param name="PlanPeriod">E.g. <c>2021-2025</c>.</param>
/// <param name="MergedInto">The province it belongs to since 1 July 2025.</param>
/// <param name="Shape">The budget appendix's table shape.</param>
/// <param name="GroupKind">What the appendix's group rows are.</param>
/// <param name="File">File name under the sources folder.</param>
public sealed record ProvincePlan(
    string Code,
    string Name,
    string Region,
    string Decision,
    DateOnly? DecisionDate,
    string PlanPeriod,
    string MergedInto,
    string Shape,
    GroupKind GroupKind,
    string File)
{
    /// <summary>The document here is a draft (its total is not an official figure).</summary>
    public bool IsDraft { get; init; }

    /// <summary>For a draft: the number of the decision that adopted it, when known (e.g. <c>4157/QĐ-UBND</c>).</summary>
    public string? AdoptedAs { get; init; }

    /// <summary>For a draft: the date of the decision that adopted it, when known.</summary>
    public DateOnly? AdoptedOn { get; init; }

    /// <summary>First year of the plan period.</summary>
    public int FirstYear => int.Parse(PlanPeriod.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Last year of the plan period.</summary>
    public int LastYear => int.Parse(PlanPeriod.AsSpan(PlanPeriod.Length - 4), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What the group rows of a budget appendix stand for.</summary>
public enum GroupKind
{
    /// <summary>Task groups (the province's own task grouping).</summary>
    Tasks,

    /// <summary>Implementing agencies (Sở Công Thương, …); items inherit the agency.</summary>
    Agencies,
}
