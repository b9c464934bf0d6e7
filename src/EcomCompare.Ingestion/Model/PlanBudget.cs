namespace EcomCompare.Ingestion.Model;

/// <summary>Everything read from one plan document.</summary>
/// <param name="Plan">The manifest entry.</param>
/// <param name="Items">Budget items, in document order (unitemized remainders last).</param>
/// <param name="Facts">Item × year × source amounts, including unitemized remainders.</param>
/// <param name="Statements">Every stated figure.</param>
/// <param name="Discrepancies">Every disagreement found by reconciliation.</param>
/// <param name="Checks">How many stated figures were checked.</param>
/// <param name="Targets">The plan's 2025 targets.</param>
/// <param name="Lines">The document's text, line 1 first, for showing a figure in context.</param>
/// <param name="Sha256">Hex SHA-256 of the document's bytes.</param>
public sealed record PlanBudget(
    ProvincePlan Plan,
    IReadOnlyList<BudgetItem> Items,
    IReadOnlyList<BudgetFact> Facts,
    IReadOnlyList<StatedFigure> Statements,
    IReadOnlyList<Discrepancy> Discrepancies,
    int Checks,
    IReadOnlyList<PlanTarget> Targets,
    IReadOnlyList<string> Lines,
    string Sha256)
{
    /// <summary>The document's official grand total (the text total), million VND, when stated.</summary>
    public decimal? StatedTotal => Statements.FirstOrDefault(s => s.Kind == StatementKind.TextTotal)?.Value;
}
