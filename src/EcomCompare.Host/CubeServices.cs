using System.ComponentModel.DataAnnotations;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using Microsoft.Extensions.Options;

namespace EcomCompare.Host;

/// <summary>
/// The <c>Cube</c> configuration section (<c>--Cube:Path=…</c>, appsettings.json), checked when the server starts:
/// a bad value stops it with the setting named.
/// </summary>
public sealed class CubeSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Cube";

    /// <summary>
    /// The cube's path (the pointer to its live generation). Unset: <c>$ECOMCOMPARE_CUBE</c>, else
    /// <c>.build/cube/ecomcompare.duckdb</c> under the working directory (where <c>make</c> runs).
    /// </summary>
    public string? Path { get; set; }

    /// <summary>DuckDB worker threads per query.</summary>
    [Range(1, 64, ErrorMessage = "Cube:Threads must be from {1} to {2}.")]
    public int Threads { get; set; } = 2;

    /// <summary>DuckDB's memory limit for every query at once, e.g. <c>512MB</c> or <c>1GB</c>.</summary>
    [RegularExpression(
        @"^[0-9]+(\.[0-9]+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", ErrorMessage = "Cube:MemoryLimit must be an amount such as 512MB or 1GB.")]
    public string MemoryLimit { get; set; } = new CubeStoreOptions { Path = "." }.MemoryLimit;

    /// <summary>Per-query time limit.</summary>
    [Range(1, 3600, ErrorMessage = "Cube:QueryTimeoutSeconds must be from {1} to {2}.")]
    public int QueryTimeoutSeconds { get; set; } = 15;

    /// <summary>Client (OData) queries running at once.</summary>
    [Range(1, 256, ErrorMessage = "Cube:MaxConcurrentQueries must be from {1} to {2}.")]
    public int MaxConcurrentQueries { get; set; } = Defaults.AdHocQueries.Concurrent;

    /// <summary>Client queries waiting for a place beyond those.</summary>
    [Range(0, 10_000, ErrorMessage = "Cube:MaxQueuedQueries must be from {1} to {2}.")]
    public int MaxQueuedQueries { get; set; } = Defaults.AdHocQueries.Queued;

    /// <summary>Longest wait of a client query for a place.</summary>
    [Range(0.001, 3600, ErrorMessage = "Cube:MaxQueueWaitSeconds must be from {1} to {2}.")]
    public double MaxQueueWaitSeconds { get; set; } = Defaults.AdHocQueries.MaxWait.TotalSeconds;

    private static CubeStoreOptions Defaults { get; } = new() { Path = "." };

    /// <summary>The store's options from these settings.</summary>
    public CubeStoreOptions ToStoreOptions() => new()
    {
        Path = System.IO.Path.GetFullPath(Path is { Length: > 0 } configured
            ? configured
            : Environment.GetEnvironmentVariable("ECOMCOMPARE_CUBE") is { Length: > 0 } env ? env : System.IO.Path.Combine(
                ".build", "cube", "ecomcompare.duckdb")),
        Threads = Threads,
        MemoryLimit = MemoryLimit,
        QueryTimeout = TimeSpan.FromSeconds(QueryTimeoutSeconds),
        AdHocQueries = Defaults.AdHocQueries with
        {
            Concurrent = MaxConcurrentQueries,
            Queued = MaxQueuedQueries,
            MaxWait = TimeSpan.FromSeconds(MaxQueueWaitSeconds),
        },
    };
}

/// <summary>Registers the cube store and its query layer for every surface.</summary>
public static class CubeServices
{
    /// <summary>The store (settings: <see cref="CubeSettings"/>) and its query layer.</summary>
    public static IServiceCollection AddCube(this IServiceCollection services)
    {
        services.AddOptions<CubeSettings>().BindConfiguration(CubeSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new CubeStore(provider.GetRequiredService<IOptions<CubeSettings>>().Value.ToStoreOptions()));
        services.AddSingleton<CubeQueries>();
        return services;
    }
}
