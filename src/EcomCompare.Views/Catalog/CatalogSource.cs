using EcomCompare.Cube.Query;
using EcomCompare.Views.Caching;

namespace EcomCompare.Views.Catalog;

/// <summary>
/// The catalog of the cube being served, read once per build and kept in the <see cref="BuildCache"/> (dropped when
/// a rebuilt cube is swapped in). Requests that arrive while it loads wait for the same load; a failed load is not
/// kept, so the next request tries again.
/// </summary>
public sealed class CatalogSource(CubeQueries queries, BuildCache cache)
{
    private readonly BuildCacheRegion<CubeCatalog> _catalogs = cache.Region<CubeCatalog>("catalog", maxEntries: 4);

    /// <summary>The catalog of the current cube.</summary>
    /// <exception cref="Cube.Store.CubeQueryException">No cube, or it could not be read.</exception>
    public Task<CubeCatalog> GetAsync(CancellationToken cancellation)
    {
        var identity = queries.Store.Identity; // also notices a rebuilt file, which raises Swapped and clears the cache
        // Not tied to one request's cancellation: other requests wait on the same load.
        return _catalogs.GetOrAddAsync(identity, "catalog", _ => CubeCatalog.LoadAsync(queries, CancellationToken.None), cancellation);
    }
}
