using System.Globalization;
using System.Threading.RateLimiting;

namespace EcomCompare.Cube.Store;

/// <summary>
/// At most <see cref="QueryLimits.Concurrent"/> queries of one kind run at once; up to <see cref="QueryLimits.Queued"/>
/// more wait, each for at most <see cref="QueryLimits.MaxWait"/>; anything beyond is refused at once with
/// <see cref="CubeQueryFailure.Busy"/> (503 + Retry-After on HTTP). The wait is not part of a query's time limit:
/// the limit starts when DuckDB starts (<see cref="QueryWatchdog"/>), so a query that waited is not interrupted
/// early for other queries' slowness; the wait has its own bound instead. The places and the queue are the
/// framework's <see cref="ConcurrencyLimiter"/> (oldest first); this adds the wait's bound and the refusal's words.
/// The limiter is never disposed: a lease returned after the store is disposed must still give its place back, and
/// a concurrency limiter holds no timer or handle to free.
/// </summary>
internal sealed class QueryGate(QueryLimits limits, string what)
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, limits.Concurrent),
        QueueLimit = Math.Max(0, limits.Queued),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Queries waiting now (for tests and diagnostics).</summary>
    public int Waiting => (int)(_limiter.GetStatistics()?.CurrentQueuedCount ?? 0);

    /// <summary>Places taken now (for tests and diagnostics).</summary>
    public int Running => Math.Max(1, limits.Concurrent) - (int)(_limiter.GetStatistics()?.CurrentAvailablePermits ?? 0);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellation)
    {
        var lease = _limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        wait.CancelAfter(limits.MaxWait);
        try
        {
            lease = await _limiter.AcquireAsync(1, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw Full(
                string.Create(
                    CultureInfo.InvariantCulture, $"waited {limits.MaxWait.TotalSeconds} s for one of the {limits.Concurrent} places for {what}"));
        }

        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw Full($"{limits.Concurrent} {what} are running and {limits.Queued} more are waiting");
        }

        return lease;
    }

    /// <summary>As <see cref="EnterAsync"/>, blocking the calling thread while it waits.</summary>
    public IDisposable Enter() => EnterAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private CubeQueryException Full(string detail) => new(CubeQueryFailure.Busy, "the cube is busy: " + detail)
    {
        RetryAfter = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(limits.RetryAfter.TotalSeconds))),
    };
}
