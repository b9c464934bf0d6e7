using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Ingestion;
using EcomCompare.Testing;

namespace EcomCompare.Cube.Tests;

/// <summary>One real cube file, built from the shipped documents into a temp folder, shared by the tests.</summary>
public sealed class CubeFixture : IDisposable
{
    public CubeFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ecomcompare-cube-");
        Path = System.IO.Path.Combine(Directory.FullName, "cube.duckdb");
        Ingested = PlanIngestor.Ingest(RepoPaths.Sources, RepoPaths.Categories);
        Report = CubeBuilder.Build(Ingested, Path);
        Store = new CubeStore(new CubeStoreOptions { Path = Path });
        Queries = new CubeQueries(Store);
    }

    public DirectoryInfo Directory { get; }

    public string Path { get; }

    public IngestionResult Ingested { get; }

    public CubeBuildReport Report { get; }

    public CubeStore Store { get; }

    public CubeQueries Queries { get; }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class CubeCollection : ICollectionFixture<CubeFixture>
{
    public const string Name = "cube";
}
