using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests;

/// <summary>The three shipped plans, ingested once for all tests.</summary>
internal static class Plans
{
    private static readonly Lazy<IngestionResult> Result = new(() => PlanIngestor.Ingest(Repo.Sources, Repo.Categories));

    public static IngestionResult All => Result.Value;

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
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };
}
