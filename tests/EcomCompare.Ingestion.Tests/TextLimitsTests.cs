using System.Text;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Manifest;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests;

/// <summary>Oversized documents are refused as they enter ingestion, each with a clear error naming the file and line.</summary>
public class TextLimitsTests
{
    private static readonly IReadOnlyList<ProvincePlan> Manifest = ManifestReader.Load(Path.Combine(Repo.Sources, "manifest.tsv"));

    private static List<string> Lines(string province) =>
        File.ReadAllText(Path.Combine(Repo.Sources, Manifest.Single(p => p.Code == province).File)).Split('\n').ToList();

    private static IngestionException Ingest(string province, List<string> lines)
    {
        var plan = Manifest.Single(p => p.Code == province);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return Assert.Throws<IngestionException>(() => PlanIngestor.Ingest(plan, PlanText.Parse(plan.File, bytes), Plans.Labels, null));
    }

    // The row of the first item the budget table reads (its name is the item's), as ingestion reports it.
    private static int FirstItemLine(List<string> lines)
    {
        var plan = Manifest.Single(p => p.Code == "thai-binh");
        var read = PlanIngestor.Ingest(plan, PlanText.Parse(plan.File, Encoding.UTF8.GetBytes(string.Join('\n', lines))), Plans.Labels, null);
        var item = read.Items.First(i => !i.IsUntasked && !i.IsUnitemized && i.Name.Length > 10);
        Assert.Contains(item.Name, lines[item.Source.Line - 1], StringComparison.Ordinal);
        return item.Source.Line;
    }

    private static string Ingested(List<string> lines, int line)
    {
        var plan = Manifest.Single(p => p.Code == "thai-binh");
        var read = PlanIngestor.Ingest(plan, PlanText.Parse(plan.File, Encoding.UTF8.GetBytes(string.Join('\n', lines))), Plans.Labels, null);
        return read.Items.First(i => i.Source.Line == line).Name;
    }

    [Fact]
    public void ATenMegabyteItemNameIsRefusedNamingFileAndLine()
    {
        var lines = Lines("thai-binh");
        var at = FirstItemLine(lines);
        var name = Ingested(lines, at);
        lines[at - 1] = lines[at - 1].Replace(name, new string('x', 10 * 1024 * 1024), StringComparison.Ordinal);
        var error = Ingest("thai-binh", lines);
        Assert.Equal("thai-binh.txt", error.File);
        Assert.Equal(at, error.Line);
        Assert.Contains("at most 16,384 are read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemNameLongerThanTheLimitButWithinACellIsRefusedByTheBudgetBuilder()
    {
        var lines = Lines("thai-binh");
        var at = FirstItemLine(lines);
        var name = Ingested(lines, at);
        lines[at - 1] = lines[at - 1].Replace(name, new string('đ', TextLimits.MaxItemNameChars + 1), StringComparison.Ordinal);
        var error = Ingest("thai-binh", lines);
        Assert.Equal(at, error.Line);
        Assert.Contains("the item name has 1,001 characters; at most 1,000 are read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACellLongerThanTheLimitIsRefused()
    {
        var lines = Lines("can-tho");
        lines.Insert(3, "a\t" + new string('b', TextLimits.MaxCellChars + 1));
        var error = Ingest("can-tho", lines);
        Assert.Equal(4, error.Line);
        Assert.Contains("cell 2 has 4,097 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyTablesAreRefused()
    {
        var lines = Lines("can-tho");
        for (var i = 0; i <= TextLimits.MaxTables; i++)
        {
            lines.Add("a\tb");
            lines.Add(string.Empty);
        }

        var error = Ingest("can-tho", lines);
        Assert.Contains($"more than {TextLimits.MaxTables} tables", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void TooManyLinesAreRefused()
    {
        var lines = Lines("can-tho");
        lines.AddRange(Enumerable.Repeat("x", TextLimits.MaxLines));
        var error = Ingest("can-tho", lines);
        Assert.Equal(TextLimits.MaxLines + 1, error.Line);
    }

    [Fact]
    public void OneItemMoreThanTheLimitIsRefused()
    {
        TextLimits.CheckItem("x.txt", 7, "a name", TextLimits.MaxItems - 1);
        var error = Assert.Throws<IngestionException>(() => TextLimits.CheckItem("x.txt", 9, "a name", TextLimits.MaxItems));
        Assert.Equal("x.txt:9: the budget table has more than 10,000 items; at most 10,000 are read", error.Message);
    }
}
