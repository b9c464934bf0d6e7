using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Sql;

namespace EcomCompare.Charts;

/// <summary>
/// Draws charts: request → the chart's cube question → figure → ScottPlot → PNG or SVG, and keeps what it drew in
/// memory until the cube is rebuilt (<c>CubeStore.Swapped</c>) — the cache key carries the cube's build id too, so
/// a picture of one build is never served for another. Requests for the same new picture share one render; it
/// stops (before or after its query, or before drawing) when every client that asked for it has gone.
/// </summary>
internal sealed class ChartService : IDisposable
{
    private readonly CubeQueries _queries;
    private readonly ChartOptions _options;
    private readonly Dictionary<string, Pending> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<CubeResult>> _answers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private (string BuildId, Task<CubeCatalog> Catalog)? _catalog;

    public ChartService(CubeQueries queries, ChartOptions options)
    {
        _queries = queries;
        _options = options;
        var slots = options.MaxConcurrentRenders > 0 ? options.MaxConcurrentRenders : Math.Max(1, Environment.ProcessorCount);
        Renders = new RenderGate(slots, Math.Max(0, options.RenderQueue));
        queries.Store.Swapped += OnSwapped;
    }

    public CubeQueries Queries => _queries;

    /// <summary>The <c>Retry-After</c> of a 503 for a full render queue.</summary>
    public int RetryAfterSeconds => Math.Max(1, _options.RetryAfterSeconds);

    /// <summary>The bounded renderer every picture goes through.</summary>
    public RenderGate Renders { get; }

    /// <summary>Pictures in the cache (for tests).</summary>
    public int CachedCount
    {
        get
        {
            lock (_gate)
            {
                return _cache.Count;
            }
        }
    }

    /// <summary>Cube answers kept for this build (for tests).</summary>
    public int AnswerCount
    {
        get
        {
            lock (_gate)
            {
                return _answers.Count;
            }
        }
    }

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

    /// <summary>The figure a request draws: its chart's question asked of the cube, the answer turned into a figure.</summary>
    public async Task<ChartFigure> FigureAsync(ChartRequest request, CubeCatalog catalog, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var result = await AnswerAsync(request.Chart.Question(request), catalog.Identity.BuildId).WaitAsync(cancellation).ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        return request.Chart.Build(request, catalog, result);
    }

    /// <summary>
    /// The cube's answer to a chart's question, asked once per build: the same view drawn again with another title,
    /// size, scale or format (an SVG, then its PNG; a report's own title) reuses it instead of querying DuckDB again
    /// — the query is about half of an uncached SVG's time. Keyed by the question's SQL and parameters, so two
    /// questions share an answer exactly when DuckDB would be asked the same thing. Not tied to one request's
    /// cancellation (others may wait on it; a chart query takes milliseconds); failures are not kept.
    /// </summary>
    private Task<CubeResult> AnswerAsync(CubeQuestion question, string buildId)
    {
        var statement = SqlRenderer.Render(CubeSql.Compile(question));
        var key = new StringBuilder(buildId).Append('\n').Append(statement.Text);
        foreach (var parameter in statement.Parameters)
        {
            key.Append('\u001f').Append(parameter?.GetType().Name).Append(':').Append(Convert.ToString(parameter, CultureInfo.InvariantCulture));
        }

        var text = key.ToString();
        lock (_gate)
        {
            if (_answers.TryGetValue(text, out var known) && !known.IsFaulted && !known.IsCanceled)
            {
                return known;
            }

            if (_answers.Count >= _options.CacheEntries)
            {
                _answers.Clear();
            }

            // On the pool, not here: the query would otherwise start synchronously inside this lock.
            var asked = Task.Run(() => _queries.AskAsync(question, CancellationToken.None), CancellationToken.None);
            _answers[text] = asked;
            return asked;
        }
    }

    /// <summary>Draws a figure (no queue): the bytes the endpoint serves, and the value labels the picture shows.</summary>
    public static (byte[] Bytes, IReadOnlyList<string> Labels) Draw(ChartFigure figure, ChartRequest request)
    {
        using var picture = ChartPlotter.Build(figure, request.Width, request.Height);
        var bytes = request.Format == ChartFormat.Png ? picture.Png(request.Scale) : Encoding.UTF8.GetBytes(picture.Svg());
        return (bytes, picture.PlacedLabels.ToList());
    }

    /// <summary>Draws the request without the cache, through the bounded renderer: SVG bytes (UTF-8) or PNG bytes.</summary>
    /// <exception cref="RenderQueueFullException">Every renderer busy and the queue full.</exception>
    public async Task<byte[]> RenderAsync(ChartRequest request, CubeCatalog catalog, CancellationToken cancellation)
    {
        var figure = await FigureAsync(request, catalog, cancellation).ConfigureAwait(false);
        return await Renders.RunAsync(() => Draw(figure, request).Bytes, cancellation).ConfigureAwait(false);
    }

    /// <summary>From the cache, or drawn once however many requests ask at the same time.</summary>
    public async Task<byte[]> GetAsync(ChartRequest request, CubeCatalog catalog, CancellationToken cancellation)
    {
        var key = catalog.Identity.BuildId + "|" + request.Key();
        Pending pending;
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out pending!))
            {
                if (_cache.Count >= _options.CacheEntries)
                {
                    _cache.Clear(); // simple and bounded; a full cache of one build is rare
                }

                pending = new Pending();
                // Started on the pool, not here: the query (and a free renderer's drawing) would otherwise run
                // synchronously inside this lock and hold up every other chart request.
                var stop = pending.Stop.Token;
                pending.Task = Task.Run(() => RenderAsync(request, catalog, stop), CancellationToken.None);
                _cache[key] = pending;
            }

            pending.Waiters++;
        }

        try
        {
            var bytes = await pending.Task.WaitAsync(cancellation).ConfigureAwait(false);
            if (bytes.Length > _options.CacheMaxBytes || _queries.Store.Identity.BuildId != catalog.Identity.BuildId)
            {
                Forget(key, pending);
            }

            return bytes;
        }
        catch (Exception) when (pending.Task.IsFaulted || pending.Task.IsCanceled)
        {
            Forget(key, pending); // failures are not cached
            throw;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            lock (_gate)
            {
                // The last client waiting for this picture has gone: stop drawing it.
                if (pending.Waiters == 1 && !pending.Task.IsCompleted)
                {
                    pending.Stop.Cancel();
                    Forget(key, pending);
                }
            }

            throw;
        }
        finally
        {
            lock (_gate)
            {
                pending.Waiters--;
            }
        }
    }

    /// <summary>
    /// The entity tag: the cube build, the renderer's version and a hash of the normalised request — equal
    /// exactly when the bytes are.
    /// </summary>
    public static string ETag(ChartRequest request, CubeCatalog catalog)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(request.Key()));
        return $"\"{catalog.Identity.BuildId}-r{ChartPlotter.Version}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}\"";
    }

    public void Dispose()
    {
        _queries.Store.Swapped -= OnSwapped;
        Renders.Dispose();
    }

    private void Forget(string key, Pending pending)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var current) && ReferenceEquals(current, pending))
            {
                _cache.Remove(key);
            }
        }
    }

    private void OnSwapped(Cube.Build.CubeIdentity identity)
    {
        lock (_gate)
        {
            _catalog = null;
            _cache.Clear();
            _answers.Clear();
        }
    }

    /// <summary>A picture being drawn (or drawn): the render, how to stop it, and how many requests wait for it.</summary>
    private sealed class Pending
    {
        public Task<byte[]> Task { get; set; } = null!;

        public CancellationTokenSource Stop { get; } = new();

        public int Waiters { get; set; }
    }
}
