using System.Text;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Manifest;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests;

/// <summary>Bad input gets a clear error that names the file and the line.</summary>
public class BadInputTests
{
    private static readonly IReadOnlyList<ProvincePlan> Manifest = ManifestReader.Load(Path.Combine(Repo.Sources, "manifest.tsv"));

    private static IngestionException Ingest(string province, Func<List<string>, List<string>> corrupt)
    {
        var plan = Manifest.Single(p => p.Code == province);
        var lines = File.ReadAllText(Path.Combine(Repo.Sources, plan.File)).Split('\n').ToList();
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', corrupt(lines)));
        return Assert.Throws<IngestionException>(() => PlanIngestor.Ingest(plan, PlanText.Parse(plan.File, bytes), Plans.Labels, null));
    }

    private static List<string> Replace(List<string> lines, int line, string from, string to)
    {
        Assert.Contains(from, lines[line - 1], StringComparison.Ordinal);
        lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        return lines;
    }

    [Fact]
    public void AnUnparseableNumberNamesFileLineAndColumn()
    {
        var error = Ingest("thai-binh", l => Replace(l, 268, "\t50\t", "\t5O\t"));
        Assert.Equal("thai-binh.txt:268: cannot read '5O' as an amount in column 2021 local", error.Message);
    }

    [Fact]
    public void AValueBeyondTheTablesColumnsIsRejected()
    {
        var error = Ingest("thai-binh", l => { l[285 - 1] += "\t99"; return l; });
        Assert.Equal(285, error.Line);
        Assert.Contains("'99' stands in column 18, beyond the table's 17 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueInAColumnWithNoMeaningIsRejected()
    {
        // The year header's last cell becomes a note column: the local 2025 amounts now stand under no year.
        var error = Ingest("can-tho", l => Replace(l, 303, "Năm 2025\t", "Năm 2025\tGhi chú"));
        Assert.Equal(
            "can-tho.txt:302: column 12 ('Ghi chú · Địa phương') holds whole period local money under no year, while the table's other money columns are by year: " +
            "the header must put a year (or a total) over every money column",
            error.Message);
    }

    [Fact]
    public void ATableThatEndsBeforeItsTotalsRowIsRejected()
    {
        var error = Ingest("binh-dinh", l => l.Take(437).ToList()); // cut right after item 6.1's row
        Assert.Equal("binh-dinh.txt", error.File);
        Assert.Contains("ends early", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemWithNoSourceRowsIsRejected()
    {
        var error = Ingest("binh-dinh", l => l.Where((_, i) => i + 1 is not (438 or 439)).ToList()); // 6.1's two source rows
        Assert.Equal("binh-dinh.txt:437: item 6.1 has no funding-source rows under it: the table ends early or the rows are missing", error.Message);
    }

    [Fact]
    public void ARowCutShortIsRejected()
    {
        var error = Ingest("thai-binh", l => { l[282 - 1] = string.Join('\t', l[282 - 1].Split('\t').Take(9)); return l; });
        Assert.Equal(282, error.Line);
        Assert.Contains("has 9 cells but the table has 17", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFundingSourceLabelIsRejected()
    {
        var error = Ingest("binh-dinh", l => Replace(l, 383, "Ngân sách địa phương", "Vốn ODA"));
        Assert.StartsWith("binh-dinh.txt:383: unknown funding-source label 'Vốn ODA': add it to ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("funding-sources.tsv (source central | local | enterprise | other)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFundingSourceColumnIsRejected()
    {
        var error = Ingest("thai-binh", l => Replace(l, 266, "\tDN\tTW\tĐP\tDN\t", "\tXH\tTW\tĐP\tDN\t"));
        Assert.StartsWith("thai-binh.txt:266: unknown funding-source label 'XH' in the table header (column 5): add it to ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyDocumentIsRejected()
    {
        var error = Assert.Throws<IngestionException>(() => PlanText.Parse("empty.txt", Encoding.UTF8.GetBytes(" \n\n")));
        Assert.Equal("empty.txt: the document is empty", error.Message);
    }

    [Fact]
    public void ADocumentWithNoBudgetTableIsRejected()
    {
        // Cut before its appendices: the text has no table at all.
        var error = Ingest("can-tho", l => l.Take(200).ToList());
        Assert.Equal(
            "can-tho.txt: no budget table found — no table at all: a table's first row starts with 'TT' or 'STT' (a text file keeps its tables tab-separated; a PDF needs a text layer)",
            error.Message);
    }

    [Fact]
    public void InvalidUtf8IsRejected()
    {
        var error = Assert.Throws<IngestionException>(() => PlanText.Parse("latin1.txt", [0x50, 0x68, 0xE1, 0xBB]));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void BrokenUtf8NamesTheLine()
    {
        // Line 3 holds "Hà Nội" in Windows-1258/Latin-1 bytes: 'à' as the single byte 0xE0.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Quyết định\nTổng kinh phí\nH"), 0xE0, .. Encoding.UTF8.GetBytes(" Nội\n")];
        var error = Assert.Throws<IngestionException>(() => PlanText.Parse("ha-noi.txt", bytes));
        Assert.Equal("ha-noi.txt:3: is not valid UTF-8 text (byte 2 of the line): save the document as UTF-8", error.Message);
    }

    [Fact]
    public void AnUnmappedItemFailsTheBuildNamingIt()
    {
        var dir = Directory.CreateTempSubdirectory("ecomcompare-categories-");
        try
        {
            File.Copy(Path.Combine(Repo.Categories, "taxonomy.tsv"), Path.Combine(dir.FullName, "taxonomy.tsv"));
            File.Copy(Path.Combine(Repo.Categories, "indicators.tsv"), Path.Combine(dir.FullName, "indicators.tsv"));
            File.Copy(Path.Combine(Repo.Categories, "funding-sources.tsv"), Path.Combine(dir.FullName, "funding-sources.tsv"));
            File.Copy(Path.Combine(Repo.Categories, "funding-sub-sources.tsv"), Path.Combine(dir.FullName, "funding-sub-sources.tsv"));
            var mapping = File.ReadAllLines(Path.Combine(Repo.Categories, "item-categories.tsv"))
                .Where(l => !l.StartsWith("thai-binh\tV.2\t", StringComparison.Ordinal));
            File.WriteAllLines(Path.Combine(dir.FullName, "item-categories.tsv"), mapping);
            var error = Assert.Throws<IngestionException>(() => PlanIngestor.Ingest(Repo.Sources, dir.FullName));
            Assert.Contains("thai-binh item V.2 'Hỗ trợ doanh nghiệp tham gia sàn thương mại điện tử", error.Message, StringComparison.Ordinal);
            Assert.Contains("thai-binh.txt:294", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void AMappingToAnUnknownCategoryNamesItsLine()
    {
        var dir = Directory.CreateTempSubdirectory("ecomcompare-categories-");
        try
        {
            File.Copy(Path.Combine(Repo.Categories, "taxonomy.tsv"), Path.Combine(dir.FullName, "taxonomy.tsv"));
            File.WriteAllText(Path.Combine(dir.FullName, "item-categories.tsv"), "province\titem\tcategory\tname_starts\treason\nbinh-dinh\t2.1\tmarketing\tTổ chức\t\n");
            var error = Assert.Throws<IngestionException>(() => CategoryMap.Load(Path.Combine(dir.FullName, "item-categories.tsv"),
                Taxonomy.Load(Path.Combine(dir.FullName, "taxonomy.tsv"))));
            Assert.Equal("item-categories.tsv:2: unknown category 'marketing' (see taxonomy.tsv)", error.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
