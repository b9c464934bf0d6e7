using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcomCompare.Cube.Schema;
using EcomCompare.Cube.Store;
using DuckDB.NET.Data;
using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Cube.Build;

/// <summary>
/// Writes validated facts into a new generation of the cube, never touching a file anyone reads: the generation
/// is built in a temporary file, checked, checkpointed, renamed to its own name
/// (<c>ecomcompare.&lt;buildid&gt;.&lt;tag&gt;.duckdb</c>), and only then does the cube's path (a link, see
/// <see cref="CubeFiles"/>) point at it, in one atomic rename. A failed build leaves the previous generation and
/// the pointer as they were; a server reading the previous generation finishes on it and then deletes it. One
/// build at a time per cube path (a lock file beside it); each build deletes the generations older than the one
/// it replaced, and any leftover of a crashed build.
/// </summary>
/// <example>
/// <code>
/// var ingested = PlanIngestor.Ingest("cube/sources", "cube/categories");
/// var report = CubeBuilder.Build(ingested, ".build/cube/ecomcompare.duckdb");
/// </code>
/// </example>
public static class CubeBuilder
{
    private static readonly Lock WriteGate = new();

    /// <summary>Builds a new generation of the cube at <paramref name="cubePath"/> from <paramref name="ingestion"/> and makes it live.</summary>
    /// <exception cref="CubeBuildException">Another build of the same cube is running, or the written cube failed its checks.</exception>
    public static CubeBuildReport Build(IngestionResult ingestion, string cubePath, TimeProvider? clock = null)
    {
        var started = Stopwatch.GetTimestamp();
        var target = Path.GetFullPath(cubePath);
        var builtAt = (clock ?? TimeProvider.System).GetUtcNow();
        var identity = new CubeIdentity(BuildIdOf(ingestion.SourcesFingerprint), builtAt, ingestion.SourcesFingerprint);
        var rows = CubeRows.From(ingestion);

        using var buildLock = CubeFiles.TryLockBuilds(target)
            ?? throw new CubeBuildException($"another build of {target} is running; try again when it has finished");
        var previous = CubeFiles.Live(target);
        var generation = CubeFiles.NewGeneration(target, identity.BuildId);
        var temporary = CubeFiles.Building(generation);
        try
        {
            // Read-write, no file or network access beyond the database itself. Its own path, opened once: the
            // connection string's settings apply (DuckDB.NET shares one database instance per path).
            var builder = new DuckDBConnectionStringBuilder { DataSource = temporary };
            builder["enable_external_access"] = "false";
            // One build at a time in a process: two builds writing at once (test classes in parallel) produced a
            // build_info with a wrong schema_version (1794 for 2) — not yet traced inside DuckDB.NET 1.5.6.1. Builds
            // are rare; across processes the build lock above already serialises them.
            lock (WriteGate)
                using (var connection = new DuckDBConnection(builder.ConnectionString))
                {
                    connection.Open();
                    connection.Execute(CubeSchema.StarDdl);
                    CubeWriter.Write(connection, rows, identity);
                    connection.Execute(CubeSchema.PublishedDdl);
                    CubeChecks.Verify(connection, rows);
                    connection.Execute("CHECKPOINT");
                }

            File.Move(temporary, generation);
            CubeFiles.Point(target, generation);
        }
        catch
        {
            CubeFiles.TryDelete(temporary);
            CubeFiles.TryDelete(temporary + ".wal");
            if (CubeFiles.Live(target) != generation)
            {
                CubeFiles.TryDelete(generation);
            }

            throw;
        }

        // The generation just replaced may still be read by a running server, which deletes it when done.
        CubeFiles.DeleteStale(target, [previous]);
        return new CubeBuildReport(target, generation, identity, rows.Provinces.Count, rows.Items.Count, rows.Facts.Count, rows.Statements.Count,
            rows.Discrepancies.Count,
            Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The build id for a sources fingerprint: 16 hex digits of SHA-256(fingerprint, schema version).</summary>
    public static string BuildIdOf(string sourcesFingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sourcesFingerprint}/{CubeSchema.Version}"))))[..16];
}
