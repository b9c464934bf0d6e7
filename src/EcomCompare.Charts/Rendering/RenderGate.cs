using System.Threading.RateLimiting;
using EcomCompare.Cube.Store;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// Bounded rendering: at most <c>slots</c> charts drawn at once (drawing is CPU work: one per core), at most
/// <c>queue</c> more waiting — the framework's <see cref="ConcurrencyLimiter"/>; anything beyond is refused at once
/// as <see cref="CubeQueryFailure.Busy"/> (503 with <c>Retry-After</c>) rather than piling up. A waiter whose client
/// has gone leaves the queue without drawing.
/// </summary>
internal sealed class RenderGate(int slots, int queue, TimeSpan retryAfter) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = slots,
        QueueLimit = queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private int _started;

    /// <summary>Renders running or waiting (for tests and diagnostics).</summary>
    public int InFlight => _limiter.GetStatistics() is { } s ? slots - (int)s.CurrentAvailablePermits + (int)s.CurrentQueuedCount : 0;

    /// <summary>Renders that got a slot and ran.</summary>
    public int Started => Volatile.Read(ref _started);

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellation)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellation).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new CubeQueryException(CubeQueryFailure.Busy, "every chart renderer is busy and the queue is full") { RetryAfter = retryAfter };
        }

        cancellation.ThrowIfCancellationRequested(); // the client may have gone while it waited
        Interlocked.Increment(ref _started);
        return work();
    }

    public void Dispose() => _limiter.Dispose();
}
