using EcomCompare.Ingestion.Checking;

namespace EcomCompare.Ingestion.Tests;

/// <summary><c>ecomcompare check FILE</c>: a dry run that says what it found, without the manifest or a mapping.</summary>
public sealed class PlanCheckTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecomcompare-check-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void ANewPlanIsReadWithItsShapeColumnsTotalsAndSuggestedCategories()
    {
        var check = PlanCheck.Run(Path.Combine(MadeUpPlansTests.Fixtures, "song-xanh.txt"), Repo.Sources, Repo.Categories);
        var report = check.Format().Split(Environment.NewLine);

        Assert.False(check.InManifest);
        Assert.Contains("shape: year-source-columns (detected from the table)", report);
        Assert.Contains("budget table: lines 21–28 (appendix heading on line 17)", report);
        Assert.Contains("  column 3   'Năm 2021 · NSTW' → 2021 × central", report);
        Assert.Contains("  column 8   '(2022) · XHH' → 2022 × enterprise", report);
        Assert.Contains("items: 3 in 2 groups; 6.100 triệu đồng in 12 facts", report);
        Assert.Contains("totals rows: 6 figures, all reconcile", report);
        Assert.Contains("  line 28: Tổng cộng 1.000 1.500 500 1.000 1.500 600", report);
        Assert.Contains("  line 9     text-total           all sources         6.100  reconciles with the table", report);
        Assert.Contains("discrepancies: 0", report);
        // Every item is new: a mapping line each, the category suggested from the mapped items (I.2 follows its group).
        Assert.Equal(["song-xanh\tI.1\tawareness", "song-xanh\tI.2\tawareness", "song-xanh\tII.1\tenterprise-support"],
            check.Unmapped.Select(l => string.Join('\t', l.Split('\t').Take(3))));
        Assert.StartsWith("song-xanh\tI.1\tawareness\tTuyên truyền về thương mại điện\tsuggested by ecomcompare check", check.Unmapped[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AShippedPlanIsReadAsTheManifestSaysWithItsDiscrepancies()
    {
        var check = PlanCheck.Run(Path.Combine(Repo.Sources, "binh-dinh.txt"), Repo.Sources, Repo.Categories);
        var report = check.Format();

        Assert.True(check.InManifest);
        Assert.Empty(check.Unmapped);
        Assert.Contains("shape: items-with-source-rows (as manifest.tsv says)", report, StringComparison.Ordinal);
        Assert.Equal(Plans.Get("binh-dinh").Discrepancies.Count, check.Budget.Discrepancies.Count);
        Assert.Contains($"discrepancies: {check.Budget.Discrepancies.Count}", report, StringComparison.Ordinal);
    }

    [Fact]
    public void APlantedErrorIsShownBesideItsLine()
    {
        var path = Path.Combine(_dir.FullName, "song-xanh.txt");
        File.WriteAllText(path,
            File.ReadAllText(Path.Combine(MadeUpPlansTests.Fixtures, "song-xanh.txt")).Replace("dự kiến: 6.100 triệu", "dự kiến: 6.010 triệu", StringComparison.Ordinal));
        var report = PlanCheck.Run(path, Repo.Sources, Repo.Categories).Format();
        Assert.Contains("  line 9     text-total           all sources         6.010  DIFFERS: the table adds up to 6.100", report, StringComparison.Ordinal);
        Assert.Contains("discrepancies: 1", report, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenDocumentFailsAsTheBuildWould()
    {
        var path = Path.Combine(_dir.FullName, "nui-do.txt");
        File.WriteAllText(path,
            File.ReadAllText(Path.Combine(MadeUpPlansTests.Fixtures, "nui-do.txt")).Replace("Doanh nghiệp/XHH", "Vốn ODA", StringComparison.Ordinal));
        var error = Assert.Throws<IngestionException>(() => PlanCheck.Run(path, Repo.Sources, Repo.Categories));
        Assert.StartsWith("nui-do.txt:15: unknown funding-source label 'Vốn ODA'", error.Message, StringComparison.Ordinal);
    }
}
