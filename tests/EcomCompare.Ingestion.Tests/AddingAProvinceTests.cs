namespace EcomCompare.Ingestion.Tests;

/// <summary>A new province in a known table shape loads from a document plus a manifest line (plus its category mapping).</summary>
public sealed class AddingAProvinceTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecomcompare-newprovince-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void APlanInTheYearSourceColumnsShapeLoadsFromTheManifestAlone()
    {
        var sources = Directory.CreateDirectory(Path.Combine(_dir.FullName, "sources")).FullName;
        var categories = Directory.CreateDirectory(Path.Combine(_dir.FullName, "categories")).FullName;
        foreach (var file in Directory.GetFiles(Repo.Sources))
        {
            File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(Repo.Categories))
        {
            File.Copy(file, Path.Combine(categories, Path.GetFileName(file)));
        }

        // A fictitious province whose plan has Cần Thơ's layout, every amount doubled.
        var text = File.ReadAllText(Path.Combine(Repo.Sources, "can-tho.txt"));
        var doubled = System.Text.RegularExpressions.Regex.Replace(text, @"(?<=\t)(\d+)(,\d+)?(?=\t|$)", m =>
            (decimal.Parse(m.Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture) * 2)
                .ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ','),
            System.Text.RegularExpressions.RegexOptions.Multiline);
        File.WriteAllText(Path.Combine(sources, "song-xanh.txt"), doubled.Replace("5.241.500.000", "10.483.000.000", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(sources, "manifest.tsv"), "song-xanh\tSông Xanh\tĐồng bằng sông Cửu Long\t1279/QĐ-UBND\t2021-06-15\t2021-2025\tSông Xanh\tyear-source-columns\tagencies\tsong-xanh.txt\n");
        var mapping = File.ReadAllLines(Path.Combine(categories, "item-categories.tsv"))
            .Where(l => l.StartsWith("can-tho\t", StringComparison.Ordinal)).Select(l => "song-xanh" + l["can-tho".Length..]);
        File.AppendAllLines(Path.Combine(categories, "item-categories.tsv"), mapping);

        var result = PlanIngestor.Ingest(sources, categories);

        Assert.Equal(["binh-dinh", "thai-binh", "can-tho", "song-xanh"], result.Plans.Select(p => p.Plan.Code));
        var added = result.Plans[3];
        Assert.Equal(10483m, added.Facts.Sum(f => f.Amount));
        Assert.Equal(10483m, added.StatedTotal);
        Assert.Equal(4685m, added.Facts.Where(f => f.Source == Model.FundingSource.Local).Sum(f => f.Amount));
        Assert.Equal("Sở Công Thương", added.Items[0].Agency);
        // Its unit-cost breakdowns (in đồng) and the total in words were not doubled: reconciliation notices each,
        // on top of the five disagreements of the plan it was copied from.
        var kinds = added.Discrepancies.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(9, kinds["breakdown-vs-item"]);
        Assert.Equal(1, kinds["text-total-in-words"]);
        Assert.Equal((2, 2, 1), (kinds["item-name"], kinds["unit-cost"], kinds["breakdown-total"]));
    }
}
