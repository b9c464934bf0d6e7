namespace EcomCompare.Ingestion.Model;

/// <summary>The most detailed figure a document gives: one item's money from one source in one year.</summary>
/// <param name="ItemCode">The <see cref="BudgetItem.Code"/>.</param>
/// <param name="Year">Calendar year; null for a whole-period table (<c>whole-period-columns</c>) that gives no year split.</param>
/// <param name="Source">Funding source.</param>
/// <param name="Amount">Million VND, exact.</param>
/// <param name="Origin">The line the amount was read from.</param>
public sealed record BudgetFact(string ItemCode, int? Year, FundingSource Source, decimal Amount, SourceLine Origin)
{
    /// <summary>
    /// The part of <see cref="Source"/> the document names, when it splits a source into parts (the provincial and
    /// the district budget are both local money): a code of <c>cube/categories/funding-sub-sources.tsv</c>
    /// (<c>provincial</c>, <c>district</c>, <c>national-programme</c>, …); null when the document names the source
    /// as a whole (TW, NSĐP, DN).
    /// </summary>
    public string? SubSource { get; init; }
}
