using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Ingestion;

namespace EcomCompare.Cube.Tests;

/// <summary>
/// A plan whose budget table has no year split (whole-period columns, issue 13): its facts have a NULL year, count
/// in the period totals and in no single year; its "other" money gets the <c>other</c> source member.
/// </summary>
public sealed class WholePeriodCubeTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecomcompare-wholeperiod-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task NoYearFactsCountInThePeriodTotalsAndInNoYear()
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

        // The made-up Núi Đỏ plan of the ingestion tests; an empty shape: detected.
        File.Copy(Path.Combine(Repo.Root, "tests", "EcomCompare.Ingestion.Tests", "Fixtures", "nui-do.txt"), Path.Combine(sources, "nui-do.txt"));
        File.AppendAllText(Path.Combine(sources, "manifest.tsv"), "nui-do\tNúi Đỏ\tTrung du và miền núi phía Bắc\t1/QĐ-UBND\t2021-03-01\t2021-2025\tNúi Đỏ\t\ttasks\tnui-do.txt\n");
        File.AppendAllLines(Path.Combine(categories, "item-categories.tsv"),
        [
            "nui-do\tI.1\thuman-resources\tĐào tạo kỹ năng\t",
            "nui-do\tI.2\thuman-resources\tTập huấn cho cán bộ\t",
            "nui-do\tII.1\tinfrastructure\tNâng cấp sàn\t",
            "nui-do\tII.2\tenterprise-support\tHỗ trợ doanh nghiệp\t",
        ]);
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(sources, categories), cubePath);

        using var store = new CubeStore(new CubeStoreOptions { Path = cubePath });
        var queries = new CubeQueries(store);
        var split = Assert.Single(await queries.FundingSplitsAsync(), s => s.ProvinceCode == "nui-do");
        // The fixture's numbers by hand: 1.700 central, 2.000 local, 1.300 enterprise, 200 other = 5.200.
        Assert.Equal((1700m, 2000m, 1300m, 5200m), (split.Central, split.Local, split.Enterprise, split.Total));
        Assert.All((await queries.FundingSplitsAsync(byYear: true)).Where(s => s.ProvinceCode == "nui-do"), s => Assert.Equal(0m, s.Total));
        Assert.Equal(["central", "local", "enterprise", "other"], (await queries.SourcesAsync()).Select(s => s.Code));

        using var lease = store.Lease();
        var noYear = lease.Connection.ExecuteScalar(new Cube.Sql.SqlStatement("SELECT CAST(SUM(\"Amount\") AS DECIMAL(18,3)) FROM budget_lines WHERE \"Year\" IS NULL", []));
        Assert.Equal(5200m, Convert.ToDecimal(noYear, System.Globalization.CultureInfo.InvariantCulture));
        // The three shipped plans are unchanged beside it.
        Assert.Equal(6860m + 4890m + 5241.5m, (await queries.FundingSplitsAsync()).Where(s => s.ProvinceCode != "nui-do").Sum(s => s.Total));
    }
}
