using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Manifest;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// Draft or adopted (issue 14): Bình Định's document is the draft of 10/2020, adopted as 4157/QĐ-UBND of
/// 07/10/2020 (public record) with figures as in the draft; the other two are adopted decisions.
/// </summary>
public sealed class ManifestStatusTests : IDisposable
{
    private const string Header = "code\tname\tregion\tdecision\tdecision_date\tplan_period\tmerged_into\tshape\tgroups\tfile\tstatus\tadopted_as\n";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecomcompare-manifest-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void TheShippedManifestSaysWhichDocumentIsADraftAndWhatAdoptedIt()
    {
        var plans = ManifestReader.Load(Path.Combine(Repo.Sources, "manifest.tsv")).ToDictionary(p => p.Code);
        var binhDinh = plans["binh-dinh"];
        Assert.True(binhDinh.IsDraft);
        Assert.Equal(("4157/QĐ-UBND", new DateOnly(2020, 10, 7)), (binhDinh.AdoptedAs, binhDinh.AdoptedOn!.Value));
        Assert.All(new[] { plans["thai-binh"], plans["can-tho"] }, p => Assert.Equal((false, (string?)null), (p.IsDraft, p.AdoptedAs)));
    }

    [Theory]
    [InlineData("1/QĐ-UBND\t2021-03-01", "", false)] // empty status: a dated decision is adopted…
    [InlineData("Dự thảo\t", "", true)]              // …an undated one a draft
    [InlineData("1/QĐ-UBND\t2021-03-01", "draft", true)]
    public void AnEmptyStatusFollowsTheDecisionDate(string decision, string status, bool draft)
    {
        var plan = Assert.Single(ManifestReader.Load(Write($"x\tX\tR\t{decision}\t2021-2025\tX\t\ttasks\tx.txt\t{status}\t")));
        Assert.Equal(draft, plan.IsDraft);
    }

    [Theory]
    [InlineData("signed\t", "status must be 'draft', 'adopted' or empty, not 'signed'")]
    [InlineData("draft\t4157/QĐ-UBND 07/10/2020", "adopted_as '4157/QĐ-UBND 07/10/2020' is not 'number yyyy-mm-dd'")]
    [InlineData("adopted\t4157/QĐ-UBND 2020-10-07", "adopted_as is for a draft; 'x' is adopted")]
    public void ABadStatusNamesTheFileLineAndWhatIsExpected(string tail, string message)
    {
        var error = Assert.Throws<IngestionException>(() => ManifestReader.Load(Write($"x\tX\tR\t1/QĐ-UBND\t2021-03-01\t2021-2025\tX\t\ttasks\tx.txt\t{tail}")));
        Assert.Contains("manifest.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains(":2", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private string Write(string line)
    {
        var path = Path.Combine(_dir.FullName, "manifest.tsv");
        File.WriteAllText(path, Header + line + "\n");
        return path;
    }
}
