namespace EcomCompare.Cube.Build;

/// <summary>What a cube build produced.</summary>
/// <param name="Path">The cube's path: the pointer to its live generation.</param>
/// <param name="Generation">The generation file this build wrote, now live.</param>
/// <param name="Identity">The build's identity.</param>
/// <param name="Provinces">Provinces loaded.</param>
/// <param name="Items">Budget items (incl. unitemized remainders).</param>
/// <param name="Facts">Fact rows.</param>
/// <param name="Statements">Stated figures kept.</param>
/// <param name="Discrepancies">Disagreements found.</param>
/// <param name="Elapsed">Wall time of the build.</param>
public sealed record CubeBuildReport(
    string Path,
    string Generation,
    CubeIdentity Identity,
    int Provinces,
    int Items,
    int Facts,
    int Statements,
    int Discrepancies,
    TimeSpan Elapsed);

/// <summary>Identifies one build of the cube: caches and ETags key on it.</summary>
/// <param name="BuildId">16 hex digits derived from the sources and the schema version: the same sources give the same id.</param>
/// <param name="BuiltAt">When the file was written (UTC).</param>
/// <param name="SourcesFingerprint">SHA-256 over the manifest, the mapping files and the documents.</param>
public sealed record CubeIdentity(string BuildId, DateTimeOffset BuiltAt, string SourcesFingerprint);
