using System.Globalization;

namespace EcomCompare.Cube.Store;

/// <summary>
/// At most <see cref="QueryLimits.Concurrent"/> queries of one kind run at once; up to <see cref="QueryLimits.Queued"/>
/// more wait, each for at most <see cref="QueryLimits.MaxWait"/>; anything beyond is refused at once with
/// <see cref="CubeQueryFailure.Busy"/> (503 + Retry-After on HTTP). The wait is not part of a query's time limit:
/// the limit starts when DuckDB starts (<see cref="QueryWatchdog"/>), so a query that waited is not interrupted
/// early for other queries' slowness; the wait has its own bound instead.
/// </summary>
internal sealed class QueryGate(QueryLimits limits, string what)
{
    private readonly SemaphoreSlim _running = new(Math.Max(1, limits.Concurrent), Math.Max(1, limits.Concurrent));
    private int _waiting;

    /// <summary>Queries waiting now (for tests and diagnostics).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Places taken now (for tests and diagnostics).</summary>
    public int Running => Math.Max(1, limits.Concurrent) - _running.CurrentCount;

    public async ValueTask<Slot> EnterAsync(CancellationToken cancellation)
    {
        if (_running.Wait(0))
        {
            return new Slot(_running);
        }

        Queue();
        try
        {
            if (!await _running.WaitAsync(limits.MaxWait, cancellation).ConfigureAwait(false))
            {
                throw Full($"waited {limits.MaxWait.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s for one of the {limits.Concurrent} places for {what}");
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return new Slot(_running);
    }

    public Slot Enter()
    {
        if (_running.Wait(0))
        {
            return new Slot(_running);
        }

        Queue();
        try
        {
            if (!_running.Wait(limits.MaxWait))
            {
                throw Full($"waited {limits.MaxWait.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s for one of the {limits.Concurrent} places for {what}");
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return new Slot(_running);
    }

    private void Queue()
    {
        if (Interlocked.Increment(ref _waiting) > limits.Queued)
        {
            Interlocked.Decrement(ref _waiting);
            throw Full($"{limits.Concurrent} {what} are running and {limits.Queued} more are waiting");
        }
    }

    private CubeQueryException Full(string detail) => new(CubeQueryFailure.Busy, "the cube is busy: " + detail)
    {
        RetryAfter = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(limits.RetryAfter.TotalSeconds))),
    };

    /// <summary>A place taken; disposing gives it back (once).</summary>
    internal sealed class Slot(SemaphoreSlim running) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                running.Release();
            }
        }
    }
}
