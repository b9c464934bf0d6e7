using System.Runtime.ExceptionServices;
using EcomCompare.DuckDb.Native.Handles;

namespace EcomCompare.DuckDb.Internal;

/// <summary>
/// Fetches a reader's NEXT chunk on a thread-pool thread while the consumer converts the current one, so DuckDB's
/// work (scanning, decompressing, producing the chunk) overlaps the binding's (reading the values into .NET).
/// At most one fetch is ever under way, and the consumer never touches the result or the connection while it is:
/// the connection still sees one thread at a time, only handed over. Chunks are separate native objects, so the
/// consumer reads chunk k while DuckDB fills chunk k + 1.
/// </summary>
/// <remarks>
/// <para>
/// A queued fetch that no pool thread has picked up yet is claimed and run inline by <see cref="Take"/>, so a
/// saturated thread pool (every thread a consumer waiting for its next chunk) can slow reading down to what it
/// was without prefetching but never deadlock it.
/// </para>
/// <para>
/// Errors (a failing query, an interrupt from a timeout, <c>Cancel</c> or a token) are captured with the fetch and
/// rethrown by <see cref="Take"/>, on the consumer's thread, where the reader translates them exactly as before.
/// <see cref="Stop"/> waits for a fetch under way (interrupting it if it takes long) and frees what it fetched:
/// the reader calls it before it ends the execution window or frees the result, so nothing runs on the
/// connection once the reader has let go of it.
/// </para>
/// </remarks>
internal sealed class ChunkPrefetcher : IThreadPoolWorkItem, IDisposable
{
    private const int Idle = 0;
    private const int Queued = 1;
    private const int Running = 2;
    private const int Done = 3;

    /// <summary>How long <see cref="Stop"/> lets a fetch under way finish on its own before interrupting it.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromMilliseconds(20);

    private readonly ResultHandle _result;
    private readonly ManualResetEventSlim _done = new(initialState: false);
    private int _state;
    private DataChunkHandle? _chunk;
    private ExceptionDispatchInfo? _error;

    public ChunkPrefetcher(ResultHandle result) => _result = result;

    /// <summary>Whether a fetch was started and not yet taken or stopped.</summary>
    public bool Pending => Volatile.Read(ref _state) != Idle;

    /// <summary>Starts fetching the next chunk in the background.</summary>
    public void Start()
    {
        _done.Reset();
        Volatile.Write(ref _state, Queued);
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    /// <summary>
    /// The chunk fetched (null at the end of the result), waiting for it if needed; rethrows the fetch's error.
    /// </summary>
    public DataChunkHandle? Take()
    {
        if (Interlocked.CompareExchange(ref _state, Running, Queued) == Queued)
        {
            Fetch(); // no pool thread got to it: run it here rather than wait for one
        }
        else
        {
            _done.Wait();
        }

        var chunk = _chunk;
        var error = _error;
        _chunk = null;
        _error = null;
        Volatile.Write(ref _state, Idle);
        error?.Throw();
        return chunk;
    }

    /// <summary>
    /// Ends a fetch started and not taken: cancels it if no thread has picked it up, else waits for it (calling
    /// <paramref name="interrupt"/> if it is still running after a short grace) and frees its chunk.
    /// </summary>
    public void Stop(Action interrupt)
    {
        if (Interlocked.CompareExchange(ref _state, Idle, Queued) == Queued || Volatile.Read(ref _state) == Idle)
        {
            return;
        }

        if (!_done.Wait(StopGrace))
        {
            interrupt();
            _done.Wait();
        }

        _chunk?.Dispose();
        _chunk = null;
        _error = null;
        Volatile.Write(ref _state, Idle);
    }

    /// <summary>Runs on a pool thread; does nothing when the fetch was already claimed (or cancelled).</summary>
    void IThreadPoolWorkItem.Execute()
    {
        if (Interlocked.CompareExchange(ref _state, Running, Queued) == Queued)
        {
            Fetch();
        }
    }

    public void Dispose() => _done.Dispose();

    private void Fetch()
    {
        try
        {
            var pointer = _result.FetchChunk();
            if (pointer == IntPtr.Zero)
            {
                NativeExecution.ThrowIfFailed(_result);
            }
            else
            {
                var chunk = new DataChunkHandle(_result);
                chunk.Attach(pointer);
                _chunk = chunk;
            }
        }
        catch (Exception error)
        {
            _error = ExceptionDispatchInfo.Capture(error);
        }
        finally
        {
            Volatile.Write(ref _state, Done);
            _done.Set();
        }
    }
}
