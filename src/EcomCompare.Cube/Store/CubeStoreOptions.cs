namespace EcomCompare.Cube.Store;

/// <summary>How the server opens the cube.</summary>
public sealed class CubeStoreOptions
{
    /// <summary>The cube's path: the pointer to its live generation, or a plain DuckDB file (default
    /// <c>.build/cube/ecomcompare.duckdb</c>; see <see cref="CubeFiles"/>).</summary>
    public required string Path { get; init; }

    /// <summary>DuckDB worker threads per query.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>
    /// DuckDB's memory limit, e.g. <c>512MB</c>. DuckDB applies it to the database instance, so it is the total for
    /// every query running at once on the cube, not a per-connection allowance: with the running queries bounded
    /// (<see cref="AdHocQueries"/>, <see cref="FixedQueries"/>), the engine's share of the process stays under it.
    /// </summary>
    public string MemoryLimit { get; init; } = "512MB";

    /// <summary>Idle connections kept per cube generation.</summary>
    public int PoolSize { get; init; } = 16;

    /// <summary>Per-query time limit, enforced by interrupting DuckDB from a watchdog thread (<see cref="QueryWatchdog"/>).</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Limits for queries shaped by clients (OData): two at a time on the two cores the service is sized for, so
    /// expensive ones cannot take every core from the dashboard; sixteen may wait up to 10 s.
    /// </summary>
    public QueryLimits AdHocQueries { get; init; } = new(2, 16, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));

    /// <summary>Limits for the service's own fixed queries (dashboard, charts, workbooks): small and fast, more at a time.</summary>
    public QueryLimits FixedQueries { get; init; } = new(8, 64, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2));
}
