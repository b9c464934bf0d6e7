namespace EcomCompare.Views.Caching;

/// <summary>
/// One region of the <see cref="BuildCache"/>: values of one kind by build and key. A value being made is shared —
/// callers asking for it meanwhile wait for the same work — and a failed or cancelled one is not kept.
/// </summary>
/// <typeparam name="T">What is kept.</typeparam>
public sealed class BuildCacheRegion<T> : IBuildCacheRegion where T : class
{
    private readonly int _maxEntries;
    private readonly long _maxBytes;
    private readonly long _maxEntryBytes;
    private readonly Func<T, long> _size;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private long _bytes;

    internal BuildCacheRegion(int maxEntries, long maxBytes, long maxEntryBytes, Func<T, long> size)
    {
        _maxEntries = maxEntries;
        _maxBytes = maxBytes;
        _maxEntryBytes = maxEntryBytes;
        _size = size;
    }

    /// <summary>Values kept or being made now (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The value of <paramref name="key"/> for the build <paramref name="identity"/>: kept, being made, or made now
    /// by <paramref name="create"/> — on the thread pool, not in the caller's lock or context. With
    /// <paramref name="stopWhenAbandoned"/>, the work is cancelled (and nothing kept) when every caller waiting for it
    /// has gone; otherwise it runs to its end for whoever asks next.
    /// </summary>
    public async Task<T> GetOrAddAsync(Cube.Build.CubeIdentity identity, string key, Func<CancellationToken, Task<T>> create,
        CancellationToken cancellation, bool stopWhenAbandoned = false)
    {
        var full = BuildCache.BuildKey(identity) + key;
        Entry entry;
        lock (_gate)
        {
            if (_entries.TryGetValue(full, out var known) && !known.Work.IsFaulted && !known.Work.IsCanceled)
            {
                entry = known;
                Touch(entry);
            }
            else
            {
                entry = new Entry(full, stopWhenAbandoned ? new CancellationTokenSource() : null);
                var token = entry.Stop?.Token ?? CancellationToken.None;
                entry.Work = Task.Run(() => create(token), CancellationToken.None);
                Insert(entry);
                _ = entry.Work.ContinueWith(
                    _ => Completed(entry), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            entry.Waiters++;
        }

        try
        {
            return await entry.Work.WaitAsync(cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested && !entry.Work.IsCompleted)
        {
            lock (_gate)
            {
                // The last caller waiting for this value has gone: stop making it.
                if (entry.Stop is not null && entry.Waiters == 1)
                {
                    entry.Stop.Cancel();
                    Remove(entry);
                }
            }

            throw;
        }
        finally
        {
            lock (_gate)
            {
                entry.Waiters--;
            }
        }
    }

    /// <summary>The value kept for <paramref name="key"/> of the build <paramref name="identity"/>, if any.</summary>
    public bool TryGet(Cube.Build.CubeIdentity identity, string key, out T value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(BuildCache.BuildKey(identity) + key, out var entry) && entry.Work.IsCompletedSuccessfully)
            {
                Touch(entry);
                value = entry.Work.Result;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/> of the build <paramref name="identity"/> (unless too large).</summary>
    public void Set(Cube.Build.CubeIdentity identity, string key, T value)
    {
        var entry = new Entry(BuildCache.BuildKey(identity) + key, null) { Work = Task.FromResult(value) };
        var size = _size(value);
        lock (_gate)
        {
            if (_entries.TryGetValue(entry.Key, out var existing))
            {
                Remove(existing);
            }

            if (_maxEntries <= 0 || size > _maxEntryBytes)
            {
                return; // served, not kept — and nothing else is pushed out for it
            }

            Insert(entry);
            Account(entry);
        }
    }

    void IBuildCacheRegion.Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
            _bytes = 0;
        }
    }

    private void Completed(Entry entry)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(entry.Key, out var current) || !ReferenceEquals(current, entry))
            {
                return; // cleared, replaced or given up meanwhile
            }

            if (entry.Work.IsCompletedSuccessfully)
            {
                Account(entry);
            }
            else
            {
                Remove(entry); // failures are not kept
            }
        }
    }

    // Under the lock: a finished value's size counts; a value too large is not kept; the oldest go beyond the bounds.
    private void Account(Entry entry)
    {
        var size = _size(entry.Work.Result);
        if (_maxEntries <= 0 || size > _maxEntryBytes)
        {
            Remove(entry);
            return;
        }

        entry.Bytes = size;
        _bytes += size;
        Trim();
    }

    private void Insert(Entry entry)
    {
        entry.Node = _recency.AddFirst(entry);
        _entries[entry.Key] = entry;
        Trim();
    }

    private void Trim()
    {
        while ((_entries.Count > Math.Max(0, _maxEntries) || _bytes > _maxBytes) && _recency.Last is { } oldest)
        {
            Remove(oldest.Value);
        }
    }

    private void Touch(Entry entry)
    {
        if (entry.Node is { } node)
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }
    }

    private void Remove(Entry entry)
    {
        if (_entries.TryGetValue(entry.Key, out var current) && ReferenceEquals(current, entry))
        {
            _entries.Remove(entry.Key);
            if (entry.Node is { List: not null } node)
            {
                _recency.Remove(node);
            }

            _bytes -= entry.Bytes;
            entry.Bytes = 0;
        }
    }

    private sealed class Entry(string key, CancellationTokenSource? stop)
    {
        public string Key { get; } = key;

        public CancellationTokenSource? Stop { get; } = stop;

        public Task<T> Work { get; set; } = null!;

        public LinkedListNode<Entry>? Node { get; set; }

        public long Bytes { get; set; }

        public int Waiters { get; set; }
    }
}
