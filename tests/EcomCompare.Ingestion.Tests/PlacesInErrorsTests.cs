using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// An error names the place as the reader finds it in the document the province sent: a line of a text file, the
/// table and row of a Word document. (A PDF's "page N, row M" is tested with the printed plans.)
/// </summary>
public class PlacesInErrorsTests
{
    [Fact]
    public void AnErrorInAWordDocumentNamesTheTableAndRow()
    {
        // Thái Bình as Word, one header label unknown: the header is the budget table's first row.
        var plan = Plans.Get("thai-binh");
        var lines = File.ReadAllText(Path.Combine(Repo.Sources, plan.Plan.File)).Replace("\tDN\tTW\tĐP\tDN\t", "\tXH\tTW\tĐP\tDN\t",
            StringComparison.Ordinal).Split('\n');
        var (bytes, _, _) = DocxPlansTests.Word(lines);
        var error = Assert.Throws<IngestionException>(() => PlanIngestor.Ingest(plan.Plan with { File = "thai-binh.docx" },
            PlanText.Parse("thai-binh.docx", bytes), Plans.Labels, null));
        Assert.Matches(@"^thai-binh\.docx \(table \d+, row 2\): unknown funding-source label 'XH' in the table header \(column 5\)", error.Message);
        Assert.Equal(266, error.Line);
    }

    [Fact]
    public void AnErrorInATextFileNamesTheLine()
    {
        var plan = Plans.Get("thai-binh");
        var text = File.ReadAllText(Path.Combine(Repo.Sources, plan.Plan.File)).Replace("\tDN\tTW\tĐP\tDN\t", "\tXH\tTW\tĐP\tDN\t", StringComparison.Ordinal);
        var error = Assert.Throws<IngestionException>(() => PlanIngestor.Ingest(plan.Plan,
            PlanText.Parse(plan.Plan.File, System.Text.Encoding.UTF8.GetBytes(text)), Plans.Labels, null));
        Assert.StartsWith("thai-binh.txt:266: unknown funding-source label 'XH'", error.Message, StringComparison.Ordinal);
        Assert.Equal("line 266", error.Place);
    }
}
