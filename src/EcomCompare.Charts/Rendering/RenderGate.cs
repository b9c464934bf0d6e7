namespace EcomCompare.Charts.Rendering;

/// <summary>
/// Bounded rendering: at most <c>slots</c> charts drawn at once (drawing is CPU work: one per core), at most
/// <c>queue</c> more waiting; anything beyond is refused at once with <see cref="RenderQueueFullException"/> rather
/// than piling up. A waiter whose client has gone leaves the queue without drawing.
/// </summary>
internal sealed class RenderGate(int slots, int queue) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(slots, slots);
    private int _inside;
    private int _started;

    /// <summary>Renders running or waiting (for tests and diagnostics).</summary>
    public int InFlight => Volatile.Read(ref _inside);

    /// <summary>Renders that got a slot and ran.</summary>
    public int Started => Volatile.Read(ref _started);

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellation)
    {
        if (Interlocked.Increment(ref _inside) > slots + queue)
        {
            Interlocked.Decrement(ref _inside);
            throw new RenderQueueFullException();
        }

        try
        {
            await _slots.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                cancellation.ThrowIfCancellationRequested(); // the client may have gone while it waited
                Interlocked.Increment(ref _started);
                return work();
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    public void Dispose() => _slots.Dispose();
}

/// <summary>Every renderer is busy and the queue is full: the endpoint answers 503 with <c>Retry-After</c>.</summary>
internal sealed class RenderQueueFullException() : Exception("every chart renderer is busy and the queue is full: try again in a moment");
