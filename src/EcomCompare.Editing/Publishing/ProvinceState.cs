namespace EcomCompare.Editing.Publishing;

/// <summary>
/// What the data folder holds for one province: its manifest line, its mapping lines and its document's file name
/// (null and empty when the province is not there). A change moves a province from one state to another; the audit
/// log keeps both, so that it can be undone.
/// </summary>
/// <param name="ManifestLine">The line of <c>manifest.tsv</c>, or null.</param>
/// <param name="MappingLines">Its lines of <c>item-categories.tsv</c>.</param>
/// <param name="Document">The document's file name under <c>sources/</c>, or null.</param>
public sealed record ProvinceState(string? ManifestLine, IReadOnlyList<string> MappingLines, string? Document)
{
    /// <summary>No such province.</summary>
    public static ProvinceState Absent { get; } = new(null, [], null);
}
