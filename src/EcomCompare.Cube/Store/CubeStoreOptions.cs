namespace EcomCompare.Cube.Store;

/// <summary>How the server opens the cube.</summary>
public sealed class CubeStoreOptions
{
    /// <summary>The cube's path: the pointer to its live generation, or a plain DuckDB file (default <c>.build/cube/ecomcompare.duckdb</c>; see <see cref="CubeFiles"/>).</summary>
    public required string Path { get; init; }

    /// <summary>DuckDB worker threads per query.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>DuckDB memory limit, e.g. <c>1GB</c>.</summary>
    public string MemoryLimit { get; init; } = "1GB";

    /// <summary>Idle connections kept per cube generation.</summary>
    public int PoolSize { get; init; } = 16;

    /// <summary>Per-query time limit, enforced by interrupting DuckDB from a watchdog thread (<see cref="QueryWatchdog"/>).</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
