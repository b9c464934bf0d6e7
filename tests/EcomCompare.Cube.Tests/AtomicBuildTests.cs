using System.Security.Cryptography;
using DuckDB.NET.Data;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Ingestion;
using EcomCompare.Testing;

namespace EcomCompare.Cube.Tests;

/// <summary>
/// Each build writes its own immutable generation and then points the cube's path at it: a failed build leaves
/// the previous cube and pointer untouched; a rebuild is swapped in under running readers, and the old
/// generation is deleted once the last of them is done.
/// </summary>
public sealed class AtomicBuildTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecomcompare-atomic-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string CopySources()
    {
        var sources = Path.Combine(_dir.FullName, "sources");
        Directory.CreateDirectory(sources);
        foreach (var file in Directory.GetFiles(RepoPaths.Sources))
        {
            File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
        }

        return sources;
    }

    // The cube's visible files: pointer and generations (the build lock is hidden and stays).
    private List<string> CubeFileNames() =>
        _dir.EnumerateFileSystemInfos().Select(f => f.Name).Where(n => !n.StartsWith('.') && n != "sources"
            && n != "categories").Order(StringComparer.Ordinal).ToList();

    private static List<string> Names(params string[] names) => names.Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void ABuildWritesAGenerationNamedByItsBuildIdAndPointsTheCubePathAtIt()
    {
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        var report = CubeBuilder.Build(PlanIngestor.Ingest(RepoPaths.Sources, RepoPaths.Categories), cubePath);

        Assert.Equal($"cube.{report.Identity.BuildId}.", Path.GetFileName(report.Generation)[..(5 + 16 + 1)]);
        Assert.Equal(Path.GetFileName(report.Generation), new FileInfo(cubePath).LinkTarget); // relative: the folder can move
        Assert.Equal(report.Generation, CubeFiles.Live(cubePath));
        Assert.Equal(Names("cube.duckdb", Path.GetFileName(report.Generation)), CubeFileNames());

        // Any DuckDB client opens the cube's path and reads the live generation.
        using var connection = new DuckDBConnection($"Data Source={cubePath};access_mode=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT build_id FROM build_info";
        Assert.Equal(report.Identity.BuildId, command.ExecuteScalar());
    }

    [Theory]
    // An amount that is not a number.
    [InlineData("\t42\t18\t42", "\t42\t1S\t42", "can-tho.txt:306: cannot read '1S' as an amount in column 2021 local")]
    // A unit misread: the appendix said to be in thousands, so 1,000 × too small against the text's 5.241.500.000 đồng.
    [InlineData("Kinh phí (triệu đồng)", "Kinh phí (nghìn đồng)", "can-tho.txt:302: a unit is wrong: the budget table (lines 302–322), read in nghìn đồng")]
    // A table with two units.
    [InlineData("TT\tHạng mục công việc\tKinh phí", "TT\tHạng mục công việc (ĐVT: đồng)\tKinh phí", "can-tho.txt:302: the table at lines 302–322 states two units")]
    public async Task AFailedBuildLeavesThePreviousCubeAndPointerByteIdentical(string from, string to, string message)
    {
        var sources = CopySources();
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        var first = CubeBuilder.Build(PlanIngestor.Ingest(sources, RepoPaths.Categories), cubePath);
        var before = SHA256.HashData(File.ReadAllBytes(first.Generation));
        var pointer = new FileInfo(cubePath).LinkTarget;
        var files = CubeFileNames();

        // Corrupt a copy of Cần Thơ's plan.
        var canTho = Path.Combine(sources, "can-tho.txt");
        var text = File.ReadAllText(canTho);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(canTho, text.Replace(from, to, StringComparison.Ordinal));
        var error = Assert.Throws<IngestionException>(() => CubeBuilder.Build(PlanIngestor.Ingest(sources, RepoPaths.Categories), cubePath));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(first.Generation)));
        Assert.Equal(pointer, new FileInfo(cubePath).LinkTarget);
        Assert.Equal(files, CubeFileNames());
        using var store = new CubeStore(new CubeStoreOptions { Path = cubePath });
        Assert.Equal(5241.5m, Assert.Single(await new CubeQueries(store).FundingSplitsAsync(), s => s.ProvinceCode == "can-tho").Total);
    }

    [Theory]
    // Bytes a province may send under the plan's name: a damaged PDF, a zip bomb named as the document.
    [InlineData("damaged-pdf", "can-tho.txt: is a damaged or truncated PDF")]
    [InlineData("zip-bomb", "can-tho.txt: is a zip archive that unpacks to more than a Word document may")]
    public async Task AHostileFileInPlaceOfAPlanLeavesThePreviousCubeByteIdentical(string kind, string message)
    {
        var sources = CopySources();
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        var first = CubeBuilder.Build(PlanIngestor.Ingest(sources, RepoPaths.Categories), cubePath);
        var before = SHA256.HashData(File.ReadAllBytes(first.Generation));
        var pointer = new FileInfo(cubePath).LinkTarget;

        File.WriteAllBytes(Path.Combine(sources, "can-tho.txt"), kind == "damaged-pdf" ? "%PDF-1.7\n1 0 obj << /Type /Catalog"u8.ToArray() : ZipBomb());
        var error = Assert.Throws<IngestionException>(() => CubeBuilder.Build(PlanIngestor.Ingest(sources, RepoPaths.Categories), cubePath));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(first.Generation)));
        Assert.Equal(pointer, new FileInfo(cubePath).LinkTarget);
        using var store = new CubeStore(new CubeStoreOptions { Path = cubePath });
        Assert.Equal(3, (await new CubeQueries(store).FundingSplitsAsync()).Count);
    }

    // 300 MB of zeros in word/document.xml, deflated to a few hundred kilobytes.
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write("<Types/>"u8);
            }

            using var entry = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.Fastest).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void ABuildThatFailsInsideDuckDbLeavesThePreviousCubeAndNoNewFileBehind()
    {
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        var ingested = PlanIngestor.Ingest(RepoPaths.Sources, RepoPaths.Categories);
        var first = CubeBuilder.Build(ingested, cubePath);
        var before = SHA256.HashData(File.ReadAllBytes(first.Generation));
        var pointer = new FileInfo(cubePath).LinkTarget;

        var broken = ingested with { Plans = [ingested.Plans[0] with { Items = [] }] }; // facts whose items are gone
        Assert.ThrowsAny<Exception>(() => CubeBuilder.Build(broken, cubePath));

        Assert.Equal(Names("cube.duckdb", Path.GetFileName(first.Generation)), CubeFileNames());
        Assert.Equal(pointer, new FileInfo(cubePath).LinkTarget);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(first.Generation)));
        Assert.DoesNotContain(
            _dir.EnumerateFiles(), f => f.Name.EndsWith(".building", StringComparison.Ordinal) || f.Name.EndsWith(".wal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePointerIsReplacedByOneRenameSoAReaderAlwaysFindsAWholeGeneration()
    {
        // Two complete generations; the pointer flips between them while a reader resolves it in a loop: every read
        // names one of the two, never a missing or half-written link.
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        var a = Path.Combine(_dir.FullName, "cube.0123456789abcdef.00000001.duckdb");
        var b = Path.Combine(_dir.FullName, "cube.0123456789abcdef.00000002.duckdb");
        File.WriteAllText(a, "a");
        File.WriteAllText(b, "b");
        CubeFiles.Point(cubePath, a);
        using var stop = new CancellationTokenSource();
        var seen = new HashSet<string?>();
        var reader = Task.Run(() =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads < 1000)
            {
                seen.Add(CubeFiles.Live(cubePath));
                reads++;
            }
        });
        for (var i = 0; i < 2000; i++)
        {
            CubeFiles.Point(cubePath, i % 2 == 0 ? b : a);
        }

        await stop.CancelAsync();
        await reader;
        Assert.Subset(new HashSet<string?> { a, b }, seen);
        Assert.DoesNotContain(_dir.EnumerateFiles(), f => f.Name.EndsWith(".pointer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARebuildIsSwappedInWhileAnOldLeaseFinishesOnTheOldCubeWhichIsThenDeleted()
    {
        var sources = CopySources();
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        var first = CubeBuilder.Build(PlanIngestor.Ingest(sources, RepoPaths.Categories), cubePath);
        using var store = new CubeStore(new CubeStoreOptions { Path = cubePath });
        var queries = new CubeQueries(store);
        CubeIdentity? swapped = null;
        store.Swapped += identity => swapped = identity;

        var oldLease = store.Lease();
        var oldId = oldLease.Identity.BuildId;

        // Drop Cần Thơ from the manifest and rebuild: a different cube.
        var manifest = Path.Combine(sources, "manifest.tsv");
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.StartsWith("can-tho\t", StringComparison.Ordinal)));
        var categories = Path.Combine(_dir.FullName, "categories");
        Directory.CreateDirectory(categories);
        File.Copy(Path.Combine(RepoPaths.Categories, "taxonomy.tsv"), Path.Combine(categories, "taxonomy.tsv"));
        File.Copy(Path.Combine(RepoPaths.Categories, "indicators.tsv"), Path.Combine(categories, "indicators.tsv"));
        File.Copy(Path.Combine(RepoPaths.Categories, "funding-sources.tsv"), Path.Combine(categories, "funding-sources.tsv"));
        File.Copy(Path.Combine(RepoPaths.Categories, "funding-sub-sources.tsv"), Path.Combine(categories, "funding-sub-sources.tsv"));
        File.WriteAllLines(Path.Combine(categories, "item-categories.tsv"),
            File.ReadAllLines(Path.Combine(RepoPaths.Categories, "item-categories.tsv")).Where(
                l => !l.StartsWith("can-tho\t", StringComparison.Ordinal)));
        var second = CubeBuilder.Build(PlanIngestor.Ingest(sources, categories), cubePath);

        Assert.Equal(2, (await queries.ProvincesAsync()).Count);
        Assert.NotNull(swapped);
        Assert.NotEqual(oldId, store.Identity.BuildId);

        // The old lease still reads the old generation, with all three provinces; its file is still there.
        Assert.Equal(
            3L, Convert.ToInt64(
                oldLease.Connection.ExecuteScalar(Sql.SqlRenderer.Render(CountProvinces())), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(File.Exists(first.Generation));

        // The last lease on it returned: the old generation is closed and its file deleted.
        oldLease.Dispose();
        Assert.False(File.Exists(first.Generation));
        Assert.Equal(Names("cube.duckdb", Path.GetFileName(second.Generation)), CubeFileNames());
    }

    [Fact]
    public void GenerationsLeftByACrashAreDeletedByTheNextBuild()
    {
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        var ingested = PlanIngestor.Ingest(RepoPaths.Sources, RepoPaths.Categories);
        var first = CubeBuilder.Build(ingested, cubePath);
        // What crashes leave: a half-written build, and an old generation no server lived to delete.
        var halfBuilt = Path.Combine(_dir.FullName, ".cube.0123456789abcdef.0badf00d.duckdb.building");
        var orphan = Path.Combine(_dir.FullName, "cube.0123456789abcdef.00c0ffee.duckdb");
        File.WriteAllText(halfBuilt, "half");
        File.WriteAllText(orphan, "old");
        var unrelated = Path.Combine(_dir.FullName, "notes.duckdb");
        File.WriteAllText(unrelated, "not a generation of this cube");

        var second = CubeBuilder.Build(ingested, cubePath);
        Assert.False(File.Exists(halfBuilt));
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(unrelated));
        Assert.True(File.Exists(first.Generation), "the generation just replaced may still be read by a server: it deletes it when done");

        var third = CubeBuilder.Build(ingested, cubePath);
        Assert.False(File.Exists(first.Generation));
        Assert.Equal(Names("cube.duckdb", Path.GetFileName(second.Generation), Path.GetFileName(third.Generation), "notes.duckdb"), CubeFileNames());
    }

    [Fact]
    public void AMissingCubeSaysHowToBuildIt()
    {
        using var store = new CubeStore(new CubeStoreOptions { Path = Path.Combine(_dir.FullName, "none.duckdb") });
        var error = Assert.Throws<CubeQueryException>(() => store.Lease());
        Assert.Equal(CubeQueryFailure.NoCube, error.Failure);
        Assert.Contains("make cube", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheServerConnectionCannotWriteOrReadFiles()
    {
        var cubePath = Path.Combine(_dir.FullName, "cube.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(RepoPaths.Sources, RepoPaths.Categories), cubePath);
        using var store = new CubeStore(new CubeStoreOptions { Path = cubePath });
        using var lease = store.Lease();
        lease.Broken = true;
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
            using var command = lease.Connection.Native.CreateCommand();
            command.CommandText = sql;
            Assert.ThrowsAny<DuckDBException>(() => command.ExecuteNonQuery());
        }

        Assert.False(File.Exists(Path.Combine(_dir.FullName, "leak.csv")));
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "other.duckdb")));
    }

    private static Sql.SqlSelect CountProvinces() => new()
    {
        Items = [new Sql.SqlSelectItem(new Sql.SqlAggregate(Sql.SqlAggregateKind.Count, null), "n")],
        From = new Sql.SqlRelation(Schema.CubeSchema.Provinces),
    };
}
