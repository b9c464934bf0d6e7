using System.Globalization;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Store;

namespace EcomCompare.Views.Caching;

/// <summary>
/// The one cache of everything the service keeps per cube build — the catalog, the charts' cube answers and
/// pictures, OData's whole responses — in named regions, each bounded by entries and bytes (least recently used
/// first out). Every key carries the build (id and build time), so nothing of one build is served for another;
/// and the whole cache is cleared here, in one place, when the store swaps in a rebuilt cube.
/// </summary>
/// <remarks>Thread-safe. One per store (a singleton in the server).</remarks>
public sealed class BuildCache : IDisposable
{
    private readonly CubeStore _store;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IBuildCacheRegion> _regions = new(StringComparer.Ordinal);

    public BuildCache(CubeStore store)
    {
        _store = store;
        store.Swapped += OnSwapped;
    }

    /// <summary>
    /// The region called <paramref name="name"/> (created on first use with these bounds): at most
    /// <paramref name="maxEntries"/> values, at most <paramref name="maxBytes"/> in all by <paramref name="size"/>, and
    /// none larger than <paramref name="maxEntryBytes"/> (such a value is served but not kept).
    /// </summary>
    public BuildCacheRegion<T> Region<T>(string name, int maxEntries, long maxBytes = long.MaxValue, long maxEntryBytes = long.MaxValue,
        Func<T, long>? size = null) where T : class
    {
        lock (_gate)
        {
            if (!_regions.TryGetValue(name, out var region))
            {
                region = new BuildCacheRegion<T>(maxEntries, maxBytes, maxEntryBytes, size ?? (_ => 0));
                _regions[name] = region;
            }

            return (BuildCacheRegion<T>)region;
        }
    }

    /// <summary>Drops every value of every region.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            foreach (var region in _regions.Values)
            {
                region.Clear();
            }
        }
    }

    /// <summary>The key prefix of a build: its id and build time (a rebuild of the same sources keeps the id).</summary>
    internal static string BuildKey(CubeIdentity identity) =>
        identity.BuildId + "@" + identity.BuiltAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "\n";

    public void Dispose() => _store.Swapped -= OnSwapped;

    private void OnSwapped(CubeIdentity identity) => Clear();
}

/// <summary>What the cache needs of a region whatever its values.</summary>
internal interface IBuildCacheRegion
{
    void Clear();
}
