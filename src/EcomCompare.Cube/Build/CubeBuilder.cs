using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcomCompare.Cube.Schema;
using EcomCompare.Cube.Store;
using EcomCompare.DuckDb;
using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Cube.Build;

/// <summary>
/// Writes validated facts into a new cube file, atomically: the cube is built into a temporary file next to the
/// target, checked, then renamed over it. A failed build leaves the previous cube untouched and readable; a
/// reader that has the old file open keeps reading it until it lets go.
/// </summary>
/// <example>
/// <code>
/// var ingested = PlanIngestor.Ingest("cube/sources", "cube/categories");
/// var report = CubeBuilder.Build(ingested, ".build/cube/ecomcompare.duckdb");
/// </code>
/// </example>
public static class CubeBuilder
{
    /// <summary>Builds the cube at <paramref name="cubePath"/> from <paramref name="ingestion"/>.</summary>
    public static CubeBuildReport Build(IngestionResult ingestion, string cubePath, TimeProvider? clock = null)
    {
        var started = Stopwatch.GetTimestamp();
        var target = Path.GetFullPath(cubePath);
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.building");
        var builtAt = (clock ?? TimeProvider.System).GetUtcNow();
        var identity = new CubeIdentity(BuildIdOf(ingestion.SourcesFingerprint), builtAt, ingestion.SourcesFingerprint);

        var rows = CubeRows.From(ingestion);
        try
        {
            using (var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions
            {
                Path = temporary,
                AccessMode = DuckDbAccessMode.ReadWrite,
                EnableExternalAccess = false,
            }))
            using (var connection = database.Connect())
            {
                connection.Execute(CubeSchema.StarDdl);
                CubeWriter.Write(connection, rows, identity);
                connection.Execute(CubeSchema.PublishedDdl);
                CubeChecks.Verify(connection, rows);
                connection.Execute("CHECKPOINT");
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            TryDelete(temporary + ".wal");
            throw;
        }

        return new CubeBuildReport(target, identity, rows.Provinces.Count, rows.Items.Count, rows.Facts.Count, rows.Statements.Count, rows.Discrepancies.Count,
            Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The build id for a sources fingerprint: 16 hex digits of SHA-256(fingerprint, schema version).</summary>
    public static string BuildIdOf(string sourcesFingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sourcesFingerprint}/{CubeSchema.Version}"))))[..16];

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary file never replaces the cube.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
