using EcomCompare.Cube.Store;

namespace EcomCompare.Dashboard.Data;

/// <summary>
/// The members the filters offer and the provinces' records (with their stated and whole-plan totals), read once
/// per cube build (four small queries) and read again as soon as the build changes: what a page shows is always
/// what the current cube file says. The slice-dependent numbers are queried for every view.
/// </summary>
internal sealed class CatalogCache(DashboardQueries queries, CubeStore store)
{
    private DashboardCatalog? _current;

    /// <summary>The catalog of the current cube build.</summary>
    /// <exception cref="CubeUnavailableException">No cube.</exception>
    public async Task<DashboardCatalog> GetAsync(WorkTally work, CancellationToken cancellation)
    {
        var identity = store.Identity;
        var cached = Volatile.Read(ref _current);
        if (cached is not null && cached.BuildId == identity.BuildId && cached.BuiltAt == identity.BuiltAt)
        {
            return cached;
        }

        var provinces = await queries.ProvincesAsync(work, cancellation).ConfigureAwait(false);
        var sources = await queries.SourcesAsync(work, cancellation).ConfigureAwait(false);
        var categories = await queries.CategoriesAsync(work, cancellation).ConfigureAwait(false);
        var warnings = await queries.WarningsAsync(work, cancellation).ConfigureAwait(false);
        var catalog = new DashboardCatalog(identity.BuildId, identity.BuiltAt, provinces, DashboardCatalog.YearsOf(provinces), sources, categories)
        {
            Warnings = warnings,
        };
        Volatile.Write(ref _current, catalog);
        return catalog;
    }
}
