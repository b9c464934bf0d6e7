using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Tests;

/// <summary>The three shipped plans, ingested once for all tests.</summary>
internal static class Plans
{
    private static readonly Lazy<IngestionResult> Result = new(() => PlanIngestor.Ingest(Repo.Sources, Repo.Categories));

    public static IngestionResult All => Result.Value;

    /// <summary>The shipped funding-source vocabulary.</summary>
    public static FundingSourceLabels Labels { get; } = FundingSourceLabels.Load(Path.Combine(Repo.Categories, FundingSourceLabels.FileName));

    public static PlanBudget Get(string code) => All.Plans.Single(p => p.Plan.Code == code);

    public static decimal Sum(this PlanBudget plan, int? year = null, FundingSource? source = null, string? group = null) =>
        plan.Facts.Where(f => (year is null || f.Year == year) && (source is null || f.Source == source)
                              && (group is null || plan.Items.Single(i => i.Code == f.ItemCode).GroupCode == group))
                  .Sum(f => f.Amount);

    public static FundingSource Source(string code) => code switch
    {
        "central" => FundingSource.Central,
        "local" => FundingSource.Local,
        "enterprise" => FundingSource.Enterprise,
        "other" => FundingSource.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };
}
