using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using EcomCompare.Charts.Png;
using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;

namespace EcomCompare.Charts;

/// <summary>
/// Draws charts: request → figure (data through <see cref="CubeQueries"/>) → SVG (→ PNG), and keeps what it drew
/// in memory until the cube is rebuilt (<c>CubeStore.Swapped</c>) — the cache key carries the cube's build id
/// too, so a picture of one build is never served for another.
/// </summary>
internal sealed class ChartService : IDisposable
{
    private readonly CubeQueries _queries;
    private readonly SvgRasterizer _rasterizer;
    private readonly ChartOptions _options;
    private readonly ConcurrentDictionary<string, Task<byte[]>> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private (string BuildId, Task<CubeCatalog> Catalog)? _catalog;

    public ChartService(CubeQueries queries, SvgRasterizer rasterizer, ChartOptions options)
    {
        _queries = queries;
        _rasterizer = rasterizer;
        _options = options;
        queries.Store.Swapped += OnSwapped;
    }

    public CubeQueries Queries => _queries;

    /// <summary>Pictures in the cache (for tests).</summary>
    public int CachedCount => _cache.Count;

    /// <summary>The cube's members, read once per build.</summary>
    /// <exception cref="Cube.Store.CubeUnavailableException">No cube.</exception>
    public async Task<CubeCatalog> CatalogAsync(CancellationToken cancellation)
    {
        var buildId = _queries.Store.Identity.BuildId; // also notices a rebuilt file, which raises Swapped
        Task<CubeCatalog> task;
        lock (_gate)
        {
            if (_catalog is not { } current || current.BuildId != buildId || current.Catalog.IsFaulted || current.Catalog.IsCanceled)
            {
                // Not tied to one request's cancellation: other requests wait on the same load.
                _catalog = (buildId, CubeCatalog.LoadAsync(_queries, CancellationToken.None));
            }

            task = _catalog.Value.Catalog;
        }

        return await task.WaitAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>The figure a request draws.</summary>
    public Task<ChartFigure> FigureAsync(ChartRequest request, CubeCatalog catalog, CancellationToken cancellation) =>
        request.Chart.BuildAsync(request, catalog, _queries, cancellation);

    /// <summary>The SVG markup of a figure.</summary>
    public static string Svg(ChartFigure figure, ChartRequest request) =>
        ChartRenderer.Render(figure, request.Width, request.Height, request.Language);

    /// <summary>Draws the request without the cache: SVG bytes (UTF-8) or PNG bytes.</summary>
    public async Task<byte[]> RenderAsync(ChartRequest request, CubeCatalog catalog, CancellationToken cancellation)
    {
        var figure = await FigureAsync(request, catalog, cancellation).ConfigureAwait(false);
        var svg = Encoding.UTF8.GetBytes(Svg(figure, request));
        return request.Format == ChartFormat.Png
            ? await _rasterizer.RasterizeAsync(svg, request.PixelWidth, request.PixelHeight, cancellation).ConfigureAwait(false)
            : svg;
    }

    /// <summary>From the cache, or drawn once however many requests ask at the same time.</summary>
    public async Task<byte[]> GetAsync(ChartRequest request, CubeCatalog catalog, CancellationToken cancellation)
    {
        var key = catalog.Identity.BuildId + "|" + request.Key();
        if (!_cache.TryGetValue(key, out var task))
        {
            if (_cache.Count >= _options.CacheEntries)
            {
                _cache.Clear(); // simple and bounded; a full cache of one build is rare
            }

            task = _cache.GetOrAdd(key, _ => RenderAsync(request, catalog, CancellationToken.None));
        }

        try
        {
            var bytes = await task.WaitAsync(cancellation).ConfigureAwait(false);
            if (bytes.Length > _options.CacheMaxBytes || _queries.Store.Identity.BuildId != catalog.Identity.BuildId)
            {
                _cache.TryRemove(new KeyValuePair<string, Task<byte[]>>(key, task));
            }

            return bytes;
        }
        catch (Exception) when (task.IsFaulted || task.IsCanceled)
        {
            _cache.TryRemove(new KeyValuePair<string, Task<byte[]>>(key, task)); // failures are not cached
            throw;
        }
    }

    /// <summary>
    /// The entity tag: the cube build, the renderer's version and a hash of the normalised request — equal
    /// exactly when the bytes are.
    /// </summary>
    public static string ETag(ChartRequest request, CubeCatalog catalog)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(request.Key()));
        return $"\"{catalog.Identity.BuildId}-r{ChartRenderer.Version}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}\"";
    }

    public void Dispose() => _queries.Store.Swapped -= OnSwapped;

    private void OnSwapped(Cube.Build.CubeIdentity identity)
    {
        lock (_gate)
        {
            _catalog = null;
        }

        _cache.Clear();
    }
}
