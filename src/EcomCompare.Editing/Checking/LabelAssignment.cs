using EcomCompare.Ingestion.Model;

namespace EcomCompare.Editing.Checking;

/// <summary>A funding-source wording the vocabulary did not know, assigned a source (and a part of it) on the page.</summary>
/// <param name="Label">The wording as the document writes it.</param>
/// <param name="Source">The source it means.</param>
/// <param name="Part">The part of the source it names (a sub-source code), or null.</param>
public sealed record LabelAssignment(string Label, FundingSource Source, string? Part)
{
    /// <summary>The vocabulary line that records it (<c>funding-sources.tsv</c>: source, match, label, part, note).</summary>
    public string VocabularyLine(string province, string user) => string.Join('\t',
        Source.Code(), "exact", Provinces.ProvinceDetails.Clean(Label), Part ?? string.Empty,
        Provinces.ProvinceDetails.Clean($"added on the dashboard by {user} for {province}"));
}
