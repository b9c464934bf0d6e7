using System.Globalization;
using EcomCompare.Benchmarks.Harness;
using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Categories;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// How often the category suggestions agree with the shipped mapping: each shipped province left out in turn, the
/// suggester learns from the other provinces' mapped items and the categories' names, and suggests for its items.
/// Goal: top-1 ≥ 70 %.
/// </summary>
internal sealed class SuggestionsSection : IBenchSection
{
    public int Order => 15;

    public string Title => "Category suggestions (leave one province out)";

    public Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        var results = SuggestionAgreement.LeaveOneProvinceOut(PlanIngestor.Ingest(context.Sources, context.Categories));
        static string Pct(int n, int of) => string.Create(CultureInfo.InvariantCulture, $"{n}/{of} ({100.0 * n / of:0} %)");
        report.Table(["province left out", "items", "top-1", "top-3", "first suggestion ≠ mapping"],
            results.Select(r => (IReadOnlyList<string>)[
                r.Province, r.Items.ToString(CultureInfo.InvariantCulture), Pct(r.Top1, r.Items), Pct(r.Top3, r.Items),
                string.Join("; ", r.Misses.Select(m => $"{m.Item}: {m.Mapped} → {m.Suggested}"))])
            .Append(["all", results.Sum(r => r.Items).ToString(CultureInfo.InvariantCulture), Pct(results.Sum(r => r.Top1), results.Sum(r => r.Items)),
                Pct(results.Sum(r => r.Top3), results.Sum(r => r.Items)), string.Empty]));
        report.Paragraph("Naive Bayes over syllables and syllable pairs (`CategorySuggester`), words weighted by how few categories use them, "
            + "the item's group name at half weight where groups are tasks, each category's own name as six examples.");
        return Task.CompletedTask;
    }
}
