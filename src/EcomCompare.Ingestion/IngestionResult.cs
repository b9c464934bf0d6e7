using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion;

/// <summary>Every plan read, validated and reconciled, with the category taxonomy.</summary>
/// <param name="Plans">One per manifest line, in manifest order.</param>
/// <param name="Taxonomy">The harmonized categories.</param>
/// <param name="Indicators">The harmonized target indicators.</param>
/// <param name="SourcesFingerprint">Hex SHA-256 over the manifest, the mapping files and every document: the build's identity.</param>
public sealed record IngestionResult(IReadOnlyList<PlanBudget> Plans, Taxonomy Taxonomy, Targets.IndicatorList Indicators, string SourcesFingerprint)
{
    /// <summary>Every plan's warnings, in manifest order: the build prints them; they never fail it.</summary>
    public IReadOnlyList<IngestionWarning> Warnings => Plans.SelectMany(p => p.Warnings).ToList();

    /// <summary>The parts of funding sources the vocabulary names (<c>funding-sub-sources.tsv</c>).</summary>
    public IReadOnlyList<Text.FundingSourceLabels.SubSource> SubSources { get; init; } = [];
}
