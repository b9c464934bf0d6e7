namespace EcomCompare.Ingestion.Model;

/// <summary>A budget line item of a province's appendix.</summary>
/// <param name="Code">Unique within the province: the document's own code, qualified by its group where the
/// document numbers items per group (<c>IV.2</c>); <c>1.(1)</c> for an item the document gives no code;
/// <c>IV.*</c> for a group's unitemized remainder.</param>
/// <param name="Name">Vietnamese name as written (tags removed).</param>
/// <param name="GroupCode">The native group's code (<c>IV</c>, <c>5</c>).</param>
/// <param name="GroupName">The native group's name.</param>
/// <param name="Agency">Implementing agency where the document says; otherwise null.</param>
/// <param name="IsUnitemized">True for a group's money its header states but no item carries.</param>
/// <param name="Source">Where the item row is.</param>
/// <param name="Category">The harmonized category code, once mapped.</param>
public sealed record BudgetItem(
    string Code,
    string Name,
    string GroupCode,
    string GroupName,
    string? Agency,
    bool IsUnitemized,
    SourceLine Source,
    string? Category = null)
{
    /// <summary>
    /// The money of a plan that gives it by year (or by source) but not by task: one item per plan, whose category
    /// is <see cref="Categories.Taxonomy.Untasked"/> without a mapping line.
    /// </summary>
    public bool IsUntasked { get; init; }

    /// <summary>
    /// Text the budget table gives about the item besides its name and agency, by kind: <c>partner</c>,
    /// <c>timing</c>, <c>output</c>, <c>notes</c>, <c>other</c> (several cells of one kind joined with " · ").
    /// </summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
