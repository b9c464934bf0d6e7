using EcomCompare.Editing.Checking;
using EcomCompare.Editing.Provinces;
using EcomCompare.Editing.Uploads;

namespace EcomCompare.Editing.Publishing;

/// <summary>One item's category as the analyst settled it.</summary>
/// <param name="Item">The item's code.</param>
/// <param name="Name">The item's name (its start guards the mapping line).</param>
/// <param name="Category">The category code.</param>
/// <param name="Suggested">True when the analyst kept the suggestion.</param>
public sealed record ItemCategory(string Item, string Name, string Category, bool Suggested);

/// <summary>Everything a publish writes: the document, the province's details, every item's category, the wordings assigned.</summary>
/// <param name="Upload">The checked document.</param>
/// <param name="Details">The province's details (valid).</param>
/// <param name="Categories">Every item's category.</param>
/// <param name="Labels">Funding-source wordings assigned on the page.</param>
public sealed record PlanRequest(
    Upload Upload, ProvinceDetails Details, IReadOnlyList<ItemCategory> Categories, IReadOnlyList<LabelAssignment> Labels);

/// <summary>How a publish, a removal or an undo ended.</summary>
/// <param name="Entry">Its audit entry (<see cref="Audit.AuditEntry.Succeeded"/>, <see cref="Audit.AuditEntry.Result"/>).</param>
public sealed record PublishResult(Audit.AuditEntry Entry)
{
    /// <summary>True when the new cube is live.</summary>
    public bool Succeeded => Entry.Succeeded;
}
