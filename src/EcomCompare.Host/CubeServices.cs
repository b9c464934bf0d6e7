using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;

namespace EcomCompare.Host;

/// <summary>Registers the cube store and its query layer for every surface.</summary>
public static class CubeServices
{
    /// <summary>The cube file: <c>Cube:Path</c> in configuration, else <c>$ECOMCOMPARE_CUBE</c>, else <c>.build/cube/ecomcompare.duckdb</c> under the repository.</summary>
    public static IServiceCollection AddCube(this IServiceCollection services, IConfiguration configuration)
    {
        var path = configuration["Cube:Path"] is { Length: > 0 } configured
            ? configured
            : Environment.GetEnvironmentVariable("ECOMCOMPARE_CUBE") is { Length: > 0 } env ? env : DefaultPath();
        var timeout = configuration.GetValue("Cube:QueryTimeoutSeconds", 15);
        var defaults = new CubeStoreOptions { Path = path };
        services.AddSingleton(new CubeStore(new CubeStoreOptions
        {
            Path = Path.GetFullPath(path),
            Threads = configuration.GetValue("Cube:Threads", 2),
            MemoryLimit = configuration["Cube:MemoryLimit"] ?? defaults.MemoryLimit,
            QueryTimeout = TimeSpan.FromSeconds(timeout),

            // Client (OData) queries: Cube:MaxConcurrentQueries, Cube:MaxQueuedQueries, Cube:MaxQueueWaitSeconds.
            AdHocQueries = defaults.AdHocQueries with
            {
                Concurrent = configuration.GetValue("Cube:MaxConcurrentQueries", defaults.AdHocQueries.Concurrent),
                Queued = configuration.GetValue("Cube:MaxQueuedQueries", defaults.AdHocQueries.Queued),
                MaxWait = TimeSpan.FromSeconds(configuration.GetValue("Cube:MaxQueueWaitSeconds", defaults.AdHocQueries.MaxWait.TotalSeconds)),
            },
        }));
        services.AddSingleton<CubeQueries>();
        return services;
    }

    private static string DefaultPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EcomCompare.sln")))
            {
                return Path.Combine(dir.FullName, ".build", "cube", "ecomcompare.duckdb");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), ".build", "cube", "ecomcompare.duckdb");
    }
}
