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

    /// <summary>
    /// Text laid out with spaces is the lossiest form a plan arrives in: a header whose cells wrap and centre, or
    /// amounts wider than their column, cannot always be put back under the right column. What must hold for every
    /// rendering: it loads with exactly the true money (per source, part and year) and items, or it is refused with
    /// an error that names the file — never loaded with a wrong number. (Item names may differ: a name wrapped beside
    /// a wrapped agency cannot be told from it. The PDF itself, read by its words' positions, loads every case exactly.)
    /// </summary>
    [PdfToTextTheory]
    [MemberData(nameof(PdfTextPlans))]
    public void ThePdfsTextAsPdftotextLaysItOutLoadsTheTrueMoneyOrIsRefused(string plan)
    {
        var generated = GeneratedPlans.ByName[plan];
        PlanBudget budget;
        try
        {
            budget = Ingest(generated);
        }
        catch (IngestionException refused)
        {
            Assert.StartsWith(generated.File, refused.Message, StringComparison.Ordinal);
            return;
        }

        // The figures: money per source, part and year, the items and their totals, the stated totals. Text read from
        // a wrapped cell (a name, a group's or agency's words) may differ, and a discrepancy is shown, not silent.
        var wrong = PlanExpectations.Differences(generated.Truth, generated.Case, budget)
            .Where(d => !TextOnly.Any(t => d.Contains(t, StringComparison.Ordinal)) && !d.StartsWith("discrepancy ", StringComparison.Ordinal))
            .ToList();
        Assert.True(wrong.Count == 0, $"{generated.File} loads with wrong figures:\n  " + string.Join("\n  ", wrong.Take(20)));
    }

    [Theory]
    [MemberData(nameof(PlantedPlans))]
    public void APlantedUnitErrorFailsTheBuildNamingTheUnit(string plan) => FailsNamingTheUnit(GeneratedPlans.PlantedByName[plan]);

    // Laid-out text may be refused before its unit is read (see above); what must hold is that it is refused.
    [PdfToTextTheory]
    [MemberData(nameof(PlantedPdfTextPlans))]
    public void APlantedUnitErrorInPdftotextTextFailsTheBuild(string plan)
    {
        var generated = GeneratedPlans.PlantedByName[plan];
        var error = Assert.Throws<IngestionException>(() => Ingest(generated));
        Assert.StartsWith(generated.File, error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Set ECOMCOMPARE_GENERATED_PLANS to a folder and run this test to get every generated file there, with
    /// index.tsv naming each file's case, outcomes.tsv each file's outcome and summary.md the failures grouped:
    /// <c>ECOMCOMPARE_GENERATED_PLANS=/tmp/plans
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
        var manifest = new ProvincePlan(plan.Truth.Code, plan.Truth.Province, "Test", PlanRenderer.Decision, null, "2021-2025", "—", string.Empty,
            GroupKind.Tasks, plan.File);
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

    private static readonly string[] TextOnly = [" name: ", " group: ", " lead agency: "];

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
