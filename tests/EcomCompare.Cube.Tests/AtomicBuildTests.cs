using System.Security.Cryptography;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Ingestion;

namespace EcomCompare.Cube.Tests;

/// <summary>A failed build leaves the previous cube untouched; a rebuild is swapped in under running readers.</summary>
public sealed class AtomicBuildTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecomcompare-atomic-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string CopySources()
    {
        var sources = Path.Combine(_dir.FullName, "sources");
        Directory.CreateDirectory(sources);
        foreach (var file in Directory.GetFiles(Repo.Sources))
        {
            File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
        }

        return sources;
    }

    [Fact]
    public async Task AFailedBuildLeavesThePreviousCubeReadableAndUnchanged()
    {
        var sources = CopySources();
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(sources, Repo.Categories), cubePath);
        var before = SHA256.HashData(File.ReadAllBytes(cubePath));

        // Corrupt a copy of Cần Thơ's plan: an amount that is not a number.
        var canTho = Path.Combine(sources, "can-tho.txt");
        File.WriteAllText(canTho, File.ReadAllText(canTho).Replace("\t42\t18\t42", "\t42\t1S\t42", StringComparison.Ordinal));
        var error = Assert.Throws<IngestionException>(() => CubeBuilder.Build(PlanIngestor.Ingest(sources, Repo.Categories), cubePath));
        Assert.Equal("can-tho.txt:306: cannot read '1S' as an amount in column 2021 local", error.Message);

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(cubePath)));
        Assert.Equal(["cube.duckdb", "sources"], _dir.EnumerateFileSystemInfos().Select(f => f.Name).Order());
        using var store = new CubeStore(new CubeStoreOptions { Path = cubePath });
        Assert.Equal(5241.5m, Assert.Single(await new CubeQueries(store).FundingSplitsAsync(), s => s.ProvinceCode == "can-tho").Total);
    }

    [Fact]
    public void ABuildThatFailsInsideDuckDbLeavesNoTemporaryFileBehind()
    {
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        var ingested = PlanIngestor.Ingest(Repo.Sources, Repo.Categories);
        var broken = ingested with { Plans = [ingested.Plans[0] with { Items = [] }] }; // facts whose items are gone
        Assert.ThrowsAny<Exception>(() => CubeBuilder.Build(broken, cubePath));
        Assert.Empty(_dir.EnumerateFileSystemInfos());
    }

    [Fact]
    public async Task ARebuildIsSwappedInWhileAnOldLeaseFinishesOnTheOldCube()
    {
        var sources = CopySources();
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(sources, Repo.Categories), cubePath);
        using var store = new CubeStore(new CubeStoreOptions { Path = cubePath });
        var queries = new CubeQueries(store);
        CubeIdentity? swapped = null;
        store.Swapped += identity => swapped = identity;

        using var oldLease = store.Lease();
        var oldId = oldLease.Identity.BuildId;

        // Drop Cần Thơ from the manifest and rebuild: a different cube.
        var manifest = Path.Combine(sources, "manifest.tsv");
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.StartsWith("can-tho\t", StringComparison.Ordinal)));
        var categories = Path.Combine(_dir.FullName, "categories");
        Directory.CreateDirectory(categories);
        File.Copy(Path.Combine(Repo.Categories, "taxonomy.tsv"), Path.Combine(categories, "taxonomy.tsv"));
        File.Copy(Path.Combine(Repo.Categories, "indicators.tsv"), Path.Combine(categories, "indicators.tsv"));
        File.Copy(Path.Combine(Repo.Categories, "funding-sources.tsv"), Path.Combine(categories, "funding-sources.tsv"));
        File.WriteAllLines(Path.Combine(categories, "item-categories.tsv"),
            File.ReadAllLines(Path.Combine(Repo.Categories, "item-categories.tsv")).Where(l => !l.StartsWith("can-tho\t", StringComparison.Ordinal)));
        CubeBuilder.Build(PlanIngestor.Ingest(sources, categories), cubePath);

        Assert.Equal(2, (await queries.ProvincesAsync()).Count);
        Assert.NotNull(swapped);
        Assert.NotEqual(oldId, store.Identity.BuildId);

        // The old lease still reads the old cube, with all three provinces.
        using var command = oldLease.Connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM provinces";
        Assert.Equal(3L, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AMissingCubeSaysHowToBuildIt()
    {
        using var store = new CubeStore(new CubeStoreOptions { Path = Path.Combine(_dir.FullName, "none.duckdb") });
        var error = Assert.Throws<CubeUnavailableException>(() => store.Lease());
        Assert.Contains("make cube", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheServerConnectionCannotWriteOrReadFiles()
    {
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(Repo.Sources, Repo.Categories), cubePath);
        using var store = new CubeStore(new CubeStoreOptions { Path = cubePath });
        using var lease = store.Lease();
        foreach (var sql in new[]
        {
            "DELETE FROM fact_budget",
            "CREATE TABLE x (a INTEGER)",
            $"COPY fact_budget TO '{_dir.FullName}/leak.csv'",
            "SELECT * FROM read_csv('/etc/hostname')",
            "SET enable_external_access = true",
            $"ATTACH '{_dir.FullName}/other.duckdb' AS other",
        })
        {
            using var command = lease.Connection.CreateCommand();
            command.CommandText = sql;
            Assert.ThrowsAny<DuckDb.DuckDbException>(() => command.ExecuteNonQuery());
        }

        Assert.False(File.Exists(Path.Combine(_dir.FullName, "leak.csv")));
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "other.duckdb")));
    }
}
