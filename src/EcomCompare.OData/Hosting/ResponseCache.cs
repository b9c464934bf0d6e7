using EcomCompare.OData.Serialization;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// Bounded LRU cache of complete responses, keyed by the normalised request (which includes the cube build).
/// Cleared when the cube is swapped; entries of an older build could never be hit anyway, this frees them.
/// </summary>
internal sealed class ResponseCache(int maxEntries, long maxBytes, int maxEntryBytes)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, ODataPayload Payload)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, ODataPayload Payload)> _recency = new();
    private long _bytes;

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

    public bool TryGet(string key, out ODataPayload payload)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                payload = node.Value.Payload;
                return true;
            }
        }

        payload = null!;
        return false;
    }

    public void Add(string key, ODataPayload payload)
    {
        if (maxEntries <= 0 || payload.Body.Length > maxEntryBytes)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.Remove(key, out var existing))
            {
                _recency.Remove(existing);
                _bytes -= existing.Value.Payload.Body.Length;
            }

            _entries[key] = _recency.AddFirst((key, payload));
            _bytes += payload.Body.Length;
            while (_entries.Count > maxEntries || _bytes > maxBytes)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(last.Value.Key);
                _bytes -= last.Value.Payload.Body.Length;
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
            _bytes = 0;
        }
    }
}
