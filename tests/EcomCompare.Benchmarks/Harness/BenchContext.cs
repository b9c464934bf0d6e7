namespace EcomCompare.Benchmarks.Harness;

/// <summary>What every section gets: repository paths, the cube, the published server, a scratch folder.</summary>
internal sealed class BenchContext
{
    public required string Root { get; init; }

    public required string OutputDirectory { get; init; }

    public required string ScratchDirectory { get; init; }

    /// <summary>The real cube built by <c>make cube</c>.</summary>
    public required string CubePath { get; init; }

    /// <summary>The self-contained server binary built by <c>make publish</c>, if present.</summary>
    public string? HostBinary { get; init; }

    /// <summary>
    /// The server as it was before issue 10's migration (home-made OData host and DuckDB binding), built by
    /// <c>make bench-baseline</c> from its commit, with the cube its own CLI built; null when absent.
    /// </summary>
    public (string Host, string Cube, string Commit)? Baseline { get; init; }

    /// <summary>Quick mode (<c>--quick</c>): fewer repetitions, smaller synthetic data, for checking the harness.</summary>
    public bool Quick { get; init; }

    public string Sources => Path.Combine(Root, "cube", "sources");

    public string Categories => Path.Combine(Root, "cube", "categories");
}
