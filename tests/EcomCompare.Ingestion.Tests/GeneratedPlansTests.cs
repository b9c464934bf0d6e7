using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Tests.Generator;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// The generator's plans (Generator/README.md): one truth rendered in every layout × wording × format real plans
/// use, each required to load with exactly the true numbers; planted unit errors required to fail the build. These
/// are the specification the parser grows into — many fail until it does. Filter them with
/// <c>--filter Kind=Generated</c> (or <c>Kind!=Generated</c>).
/// </summary>
[Trait("Kind", "Generated")]
public class GeneratedPlansTests
{
    public static TheoryData<string> Plans => Names(GeneratedPlans.All.Where(p => p.Format != PlanFormat.PdfText));

    public static TheoryData<string> PdfTextPlans => Names(GeneratedPlans.All.Where(p => p.Format == PlanFormat.PdfText));

    public static TheoryData<string> PlantedPlans => Names(GeneratedPlans.Planted.Where(p => p.Format != PlanFormat.PdfText));

    public static TheoryData<string> PlantedPdfTextPlans => Names(GeneratedPlans.Planted.Where(p => p.Format == PlanFormat.PdfText));

    [Theory]
    [MemberData(nameof(Plans))]
    public void EveryRenderingOfThePlanLoadsWithExactlyTheTrueNumbers(string plan) => LoadsTheTruth(GeneratedPlans.ByName[plan]);

    [PdfToTextTheory]
    [MemberData(nameof(PdfTextPlans))]
    public void ThePdfsTextAsPdftotextLaysItOutLoadsWithExactlyTheTrueNumbers(string plan) => LoadsTheTruth(GeneratedPlans.ByName[plan]);

    [Theory]
    [MemberData(nameof(PlantedPlans))]
    public void APlantedUnitErrorFailsTheBuildNamingTheUnit(string plan) => FailsNamingTheUnit(GeneratedPlans.PlantedByName[plan]);

    [PdfToTextTheory]
    [MemberData(nameof(PlantedPdfTextPlans))]
    public void APlantedUnitErrorInPdftotextTextFailsTheBuildNamingTheUnit(string plan) => FailsNamingTheUnit(GeneratedPlans.PlantedByName[plan]);

    /// <summary>
    /// Set ECOMCOMPARE_GENERATED_PLANS to a folder and run this test to get every generated file there, with
    /// index.tsv naming each file's case, outcomes.tsv each file's outcome and summary.md the failures grouped: <c>ECOMCOMPARE_GENERATED_PLANS=/tmp/plans
    /// dotnet test … --filter FullyQualifiedName~EveryGeneratedPlanIsWrittenToTheFolderAskedFor</c>.
    /// </summary>
    [Fact]
    public void EveryGeneratedPlanIsWrittenToTheFolderAskedFor()
    {
        var folder = Environment.GetEnvironmentVariable("ECOMCOMPARE_GENERATED_PLANS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        var written = GeneratedPlans.Dump(folder);
        Assert.Equal(GeneratedPlans.All.Count + GeneratedPlans.Planted.Count, written);
        Assert.All(GeneratedPlans.All.Concat(GeneratedPlans.Planted), p => Assert.True(File.Exists(Path.Combine(folder, p.File)), p.File));
        var outcomes = GeneratedSummary.Outcomes(GeneratedPlans.All.Concat(GeneratedPlans.Planted));
        File.WriteAllText(Path.Combine(folder, "summary.md"), GeneratedSummary.Markdown(outcomes));
        File.WriteAllLines(Path.Combine(folder, "outcomes.tsv"), outcomes.Select(o => $"{o.Plan.File}\t{o.Outcome?.Split('\n')[0] ?? "pass"}").Prepend("file\toutcome"));
    }

    internal static PlanBudget Ingest(GeneratedPlan plan)
    {
        var bytes = plan.Bytes();
        var manifest = new ProvincePlan(plan.Truth.Code, plan.Truth.Province, "Test", PlanRenderer.Decision, null, "2021-2025", "—", string.Empty, GroupKind.Tasks, plan.File);
        return PlanIngestor.Ingest(manifest, PlanText.Parse(plan.File, bytes), EcomCompare.Ingestion.Tests.Plans.Labels, map: null);
    }

    private static void LoadsTheTruth(GeneratedPlan plan)
    {
        var budget = Ingest(plan);
        var differences = PlanExpectations.Differences(plan.Truth, plan.Case, budget);
        if (differences.Count > 0)
        {
            Assert.Fail($"{plan.File} loads with {differences.Count} difference(s) from the truth:\n  " + string.Join("\n  ", differences.Take(20)) +
                        (differences.Count > 20 ? $"\n  … and {differences.Count - 20} more" : string.Empty));
        }
    }

    private static void FailsNamingTheUnit(GeneratedPlan plan)
    {
        var error = Assert.Throws<IngestionException>(() => Ingest(plan));
        Assert.Contains("unit", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("triệu đồng", error.Message, StringComparison.Ordinal);
    }

    private static TheoryData<string> Names(IEnumerable<GeneratedPlan> plans)
    {
        var data = new TheoryData<string>();
        foreach (var plan in plans)
        {
            data.Add(plan.Name);
        }

        return data;
    }
}

/// <summary>A theory that needs <c>pdftotext</c>: skipped, saying why, on a machine without poppler-utils.</summary>
internal sealed class PdfToTextTheoryAttribute : TheoryAttribute
{
    public PdfToTextTheoryAttribute()
    {
        if (!PdfToText.Available)
        {
            Skip = PdfToText.MissingReason;
        }
    }
}
