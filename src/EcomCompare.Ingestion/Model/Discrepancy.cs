namespace EcomCompare.Ingestion.Model;

/// <summary>A place where the document disagrees with itself, with both numbers and the line.</summary>
/// <param name="Kind">A stable code, e.g. <c>group-header</c>, <c>declared-share</c>, <c>unit-cost</c>.</param>
/// <param name="Scope">What it is about, e.g. <c>group 5</c>, <c>item 4.3 · local</c>.</param>
/// <param name="Stated">The figure the document states (million VND), or null where the disagreement is not numeric.</param>
/// <param name="Computed">What the detailed figures add up to.</param>
/// <param name="Message">One line that explains it.</param>
/// <param name="Origin">The line of the stated figure.</param>
public sealed record Discrepancy(
    string Kind,
    string Scope,
    decimal? Stated,
    decimal? Computed,
    string Message,
    SourceLine Origin)
{
    /// <summary>
    /// The figures behind the message, by <see cref="DiscrepancyFigure"/> name: the cube keeps them so that the
    /// dashboard and workbooks can word the case in their own language.
    /// </summary>
    public IReadOnlyDictionary<string, string> Figures { get; init; } = new Dictionary<string, string>();

    /// <summary>Stated − computed; null when either is.</summary>
    public decimal? Difference => Stated - Computed;
}
