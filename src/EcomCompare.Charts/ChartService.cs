using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Sql;
using EcomCompare.Views.Caching;
using EcomCompare.Views.Catalog;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace EcomCompare.Charts;

/// <summary>
/// Draws charts: request → the chart's cube question → figure → ScottPlot → PNG or SVG. What it drew, and the cube's
/// answers it drew from, are kept in the <see cref="BuildCache"/> (per build: dropped when a rebuilt cube is
/// swapped in). Requests for the same new picture share one render; it stops (before or after its query, or
/// before drawing) when every client that asked for it has gone.
/// </summary>
internal sealed class ChartService : IDisposable
{
    private readonly CubeQueries _queries;
    private readonly ChartOptions _options;
    private readonly CatalogSource _catalogs;
    private readonly BuildCacheRegion<byte[]> _pictures;
    private readonly BuildCacheRegion<CubeResult> _answers;
    private BuildCache? _owned;

    public ChartService(CubeQueries queries, IOptions<ChartOptions> options, CatalogSource catalogs, BuildCache cache)
    {
        _queries = queries;
        _options = options.Value;
        _catalogs = catalogs;
        _pictures = cache.Region<byte[]>(
            "chart pictures", _options.CacheEntries, maxBytes: _options.CacheBytes, maxEntryBytes: _options.CacheMaxBytes, size: b => b.Length);
        _answers = cache.Region<CubeResult>("chart answers", _options.CacheEntries);
        // Drawing is CPU work: one core is left to everything else (the health probe, OData, pages), so a flood of
        // large pictures cannot starve the rest of the service.
        var slots = _options.MaxConcurrentRenders > 0 ? _options.MaxConcurrentRenders : Math.Max(1, Environment.ProcessorCount - 1);
        Renders = new RenderGate(slots, Math.Max(0, _options.RenderQueue), TimeSpan.FromSeconds(Math.Max(1, _options.RetryAfterSeconds)));
    }

    /// <summary>A service of its own, outside a server (tests, benchmarks): its own build cache and catalog.</summary>
    public static ChartService Create(CubeQueries queries, ChartOptions? options = null)
    {
        var cache = new BuildCache(queries.Store);
        return new ChartService(queries, Options.Create(options ?? new ChartOptions()), new CatalogSource(queries, cache), cache) { _owned = cache };
    }

    /// <summary>The bounded renderer every picture goes through.</summary>
    public RenderGate Renders { get; }

    /// <summary>Pictures in the cache (for tests).</summary>
    public int CachedCount => _pictures.Count;

    /// <summary>Cube answers kept for this build (for tests).</summary>
    public int AnswerCount => _answers.Count;

    /// <summary>The cube's members, read once per build.</summary>
    /// <exception cref="Cube.Store.CubeQueryException">No cube.</exception>
    public Task<CubeCatalog> CatalogAsync(CancellationToken cancellation) => _catalogs.GetAsync(cancellation);

    /// <summary>The figure a request draws: its chart's question asked of the cube, the answer turned into a figure.</summary>
    public async Task<ChartFigure> FigureAsync(ChartRequest request, CubeCatalog catalog, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var result = await AnswerAsync(request.Chart.Question(request), catalog, cancellation).ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        return request.Chart.Build(request, catalog, result);
    }

    /// <summary>
    /// The cube's answer to a chart's question, asked once per build: the same view drawn again with another title,
    /// size, scale or format (an SVG, then its PNG; a report's own title) reuses it instead of querying DuckDB again
    /// — the query is about half of an uncached SVG's time. Keyed by the question's SQL and parameters, so two
    /// questions share an answer exactly when DuckDB would be asked the same thing; the statement compiled for the
    /// key is the one that runs. Not tied to one request's cancellation (others may wait on it; a chart query takes
    /// milliseconds); failures are not kept.
    /// </summary>
    private Task<CubeResult> AnswerAsync(CubeQuestion question, CubeCatalog catalog, CancellationToken cancellation)
    {
        var statement = SqlRenderer.Render(CubeSql.Compile(question));
        var key = new StringBuilder(statement.Text);
        foreach (var parameter in statement.Parameters)
        {
            key.Append('\u001f').Append(parameter?.GetType().Name).Append(':').Append(Convert.ToString(parameter, CultureInfo.InvariantCulture));
        }

        return _answers.GetOrAddAsync(
            catalog.Identity, key.ToString(), _ => _queries.AskAsync(question, statement, CancellationToken.None), cancellation);
    }

    /// <summary>Draws a figure (no queue): the bytes the endpoint serves, and the value labels the picture shows.</summary>
    public static (byte[] Bytes, IReadOnlyList<string> Labels) Draw(ChartFigure figure, ChartRequest request)
    {
        using var picture = ChartPlotter.Build(figure, request.Width, request.Height);
        var bytes = request.Format == ChartFormat.Png ? picture.Png(request.Scale) : Encoding.UTF8.GetBytes(picture.Svg());
        return (bytes, picture.PlacedLabels.ToList());
    }

    /// <summary>Draws the request without the cache, through the bounded renderer: SVG bytes (UTF-8) or PNG bytes.</summary>
    /// <exception cref="Cube.Store.CubeQueryException">Busy: every renderer busy and the queue full.</exception>
    public async Task<byte[]> RenderAsync(ChartRequest request, CubeCatalog catalog, CancellationToken cancellation)
    {
        var figure = await FigureAsync(request, catalog, cancellation).ConfigureAwait(false);
        return await Renders.RunAsync(() => Draw(figure, request).Bytes, cancellation).ConfigureAwait(false);
    }

    /// <summary>From the cache, or drawn once however many requests ask at the same time.</summary>
    public Task<byte[]> GetAsync(ChartRequest request, CubeCatalog catalog, CancellationToken cancellation) =>
        _pictures.GetOrAddAsync(catalog.Identity, request.Key(), stop => RenderAsync(request, catalog, stop), cancellation, stopWhenAbandoned: true);

    /// <summary>
    /// The entity tag: the cube build, the renderer's version and a hash of the normalised request — equal
    /// exactly when the bytes are.
    /// </summary>
    public static EntityTagHeaderValue ETag(ChartRequest request, CubeCatalog catalog)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(request.Key()));
        return new EntityTagHeaderValue($"\"{catalog.Identity.BuildId}-r{ChartPlotter.Version}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}\"");
    }

    public void Dispose()
    {
        Renders.Dispose();
        _owned?.Dispose();
    }
}
