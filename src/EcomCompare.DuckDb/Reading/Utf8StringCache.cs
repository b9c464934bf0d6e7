using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace EcomCompare.DuckDb.Reading;

/// <summary>
/// An adaptive cache of the strings of ONE VARCHAR column: equal UTF-8 bytes give the same <see cref="string"/>
/// instead of a fresh decode and allocation. Analytical results repeat their names and codes massively
/// (provinces, sources, categories…), and decoding plus allocating a string costs 30–80 ns where a hit costs a few.
/// </summary>
/// <remarks>
/// <para>
/// Correctness: an entry is keyed on the exact bytes, never on a pointer. For an inlined string (≤ 12 bytes) the
/// key is the whole 16-byte <c>duckdb_string_t</c> (length + the 12 inline bytes); for a longer one (≤
/// <see cref="MaxLength"/> bytes) it is the length, the 4-byte prefix, the last 8 bytes AND a managed copy of all
/// the bytes, compared in full on every hit. A hash collision can therefore only cost a miss, never return another
/// string, and nothing here points into a chunk, so a freed chunk invalidates nothing.
/// </para>
/// <para>
/// Shape: 4-way set-associative with a CLOCK mark per entry (a value hit since it was last passed over keeps its
/// slot), so values competing for a set do not evict each other on every access: each eviction is a new string to
/// allocate and, held by this long-lived table, for the GC to promote. Allocated only when the column's second
/// chunk arrives (a result of one chunk, most cube queries, never pays for it) with 1,024 slots (32 KB), growing ×4
/// up to 16,384 (512 KB in 64 KB pages, plus key copies) while the hit rate stays between <see cref="NoRepeats"/> and
/// <see cref="GrowBelow"/>. Below <see cref="NoRepeats"/>, or below <see cref="OffBelow"/> at full size, it switches
/// off (unique strings then pay one null test per value) and probes again after a pause that doubles each time
/// it fails, in case the data changes further down the result.
/// </para>
/// </remarks>
internal sealed unsafe class Utf8StringCache
{
    /// <summary>Longer strings are decoded every time: their copies would cost memory, and long texts rarely repeat.</summary>
    public const int MaxLength = 64;

    /// <summary>Grow the table while fewer than this share of lookups hit (a bigger table can only catch more).</summary>
    public const double GrowBelow = 0.75;

    /// <summary>At full size, switch off below this hit rate: misses cost a little, so few hits do not pay for it.</summary>
    public const double OffBelow = 0.25;

    /// <summary>
    /// Below this hit rate, at any size, the column does not repeat (unique keys, ids, free text): a bigger table
    /// would not catch anything either, so the cache switches off at once instead of growing first.
    /// </summary>
    public const double NoRepeats = 0.02;

    public const int InitialSlots = 1 << 10;
    public const int MaxSlots = 1 << 14;

    /// <summary>Lookups a verdict is based on (after the warm-up that fills a new table).</summary>
    public const int Window = 4096;

    public const int FirstPause = 16;
    public const int MaxPause = 1024;

    /// <summary>
    /// The CLOCK mark, kept in the top bit of an entry's length (cached strings are at most <see cref="MaxLength"/>
    /// bytes, so a looked-up head never has it) to keep an entry at 32 bytes.
    /// </summary>
    private const ulong Referenced = 1UL << 31;

    /// <summary>Entries per set (4 × 32 bytes: two cache lines); a value lives in one set, in any of its ways.</summary>
    private const int Ways = 4;

    /// <summary>Slots per page: 2,048 × 32 bytes = 64 KB stays below the large-object heap (85,000 bytes), whose
    /// allocations would count towards full (gen 2) collections each time a big result starts.</summary>
    private const int PageBits = 11;

    private Entry[][] _pages = [new Entry[InitialSlots]];
    private int _slots = InitialSlots;
    private int _shift = 64 - 10;
    private int _warmup = InitialSlots;
    private int _lookups;
    private int _hits;
    private int _pause = FirstPause;
    private int _pausedChunks;
    private long _totalLookups;
    private long _totalHits;

    /// <summary>Whether lookups go through the table (false while switched off for a low hit rate).</summary>
    public bool Active { get; private set; } = true;

    /// <summary>Slots in the table now.</summary>
    public int Slots => _slots;

    /// <summary>Lookups so far (through the table; not while it is off), for tests and diagnostics.</summary>
    public long TotalLookups => _totalLookups + _lookups;

    /// <summary>Hits so far, for tests and diagnostics.</summary>
    public long TotalHits => _totalHits + _hits;

    /// <summary>
    /// The string of one <c>duckdb_string_t</c> entry: from the table when the same bytes were seen (and still
    /// held by their slot), else decoded and remembered.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Get(byte* entry)
    {
        var head = *(ulong*)entry; // length (low 32 bits) + the first 4 bytes
        var length = (uint)head;
        byte* bytes;
        ulong tail;
        if (length <= StringT.InlineLength)
        {
            bytes = entry + sizeof(uint);
            tail = *(ulong*)(entry + 8);
        }
        else if (length <= MaxLength)
        {
            bytes = *(byte**)(entry + 8);
            tail = Unsafe.ReadUnaligned<ulong>(bytes + length - sizeof(ulong));
        }
        else
        {
            return Decode(*(byte**)(entry + 8), checked((int)length));
        }

        _lookups++;
        ref var set = ref SetOf(head, tail);
        for (var way = 0; way < Ways; way++)
        {
            ref var slot = ref Unsafe.Add(ref set, way);
            if (Matches(ref slot, head, tail, bytes, length))
            {
                _hits++;
                slot.Head = head | Referenced;
                return slot.Value!;
            }
        }

        // A free way first. Else second chance (CLOCK) within the set: a value hit since it was last passed over
        // keeps its slot and the first unmarked way is replaced; when every way was hit, all lose their mark and
        // nothing is replaced, so values competing for a set do not evict each other on every access (each
        // eviction is a new string to allocate and, held by this long-lived table, for the GC to promote).
        var victim = -1;
        for (var way = 0; way < Ways; way++)
        {
            ref var slot = ref Unsafe.Add(ref set, way);
            if (slot.Value is null)
            {
                return Insert(ref slot, head, tail, bytes, (int)length);
            }

            if (victim < 0 && (slot.Head & Referenced) == 0)
            {
                victim = way;
            }
        }

        if (victim >= 0)
        {
            return Insert(ref Unsafe.Add(ref set, victim), head, tail, bytes, (int)length);
        }

        for (var way = 0; way < Ways; way++)
        {
            Unsafe.Add(ref set, way).Head &= ~Referenced;
        }

        return Decode(bytes, (int)length);
    }

    /// <summary>
    /// A hint that <paramref name="entry"/> (a valid entry of the current chunk) will be looked up next: starts
    /// loading its set into the CPU cache. Reads nothing but the entry and its bytes; changes nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(byte* entry)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var head = *(ulong*)entry;
        var length = (uint)head;
        ulong tail;
        if (length <= StringT.InlineLength)
        {
            tail = *(ulong*)(entry + 8);
        }
        else if (length <= MaxLength)
        {
            tail = Unsafe.ReadUnaligned<ulong>(*(byte**)(entry + 8) + length - sizeof(ulong));
        }
        else
        {
            return;
        }

        // A prefetch never faults and only warms the CPU cache: should the array move meanwhile, it is merely useless.
        var set = (byte*)Unsafe.AsPointer(ref SetOf(head, tail));
        Sse.Prefetch0(set);
        Sse.Prefetch0(set + 64);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Entry SetOf(ulong head, ulong tail)
    {
        var hash = (head * 0x9E3779B97F4A7C15UL) ^ tail;
        hash = (hash ^ (hash >> 29)) * 0xC2B2AE3D27D4EB4FUL;
        var index = (int)(hash >> _shift) & ~(Ways - 1);
        return ref _pages[index >> PageBits][index & ((1 << PageBits) - 1)];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Matches(ref Entry slot, ulong head, ulong tail, byte* bytes, uint length) =>
        (slot.Head & ~Referenced) == head && slot.Tail == tail && slot.Value is not null
        && (length <= StringT.InlineLength || new ReadOnlySpan<byte>(bytes, (int)length).SequenceEqual(slot.Bytes.AsSpan(0, (int)length)));

    /// <summary>
    /// Called as the column's next chunk is bound: once a window of lookups is in, decides to keep, grow or
    /// switch off the table; while off, counts down the pause before the next probe.
    /// </summary>
    public void OnChunk()
    {
        if (!Active)
        {
            if (++_pausedChunks >= _pause)
            {
                Active = true;
                _pausedChunks = 0;
                _pause = Math.Min(_pause * 2, MaxPause);
                ResetWindow(warmup: 0); // the entries kept are still right (they own their bytes): no warm-up
            }

            return;
        }

        if (_lookups < (_warmup > 0 ? _warmup : Window))
        {
            return;
        }

        if (_warmup > 0)
        {
            ResetWindow(warmup: 0); // a new table has filled: its cold misses said nothing, measure from here
            return;
        }

        var rate = (double)_hits / _lookups;
        if (rate < GrowBelow && rate >= NoRepeats && _slots < MaxSlots)
        {
            _slots *= 4;
            _shift -= 2;
            _pages = new Entry[Math.Max(1, _slots >> PageBits)][];
            for (var i = 0; i < _pages.Length; i++)
            {
                _pages[i] = new Entry[Math.Min(_slots, 1 << PageBits)];
            }

            ResetWindow(warmup: _slots);
        }
        else if (rate < OffBelow)
        {
            Active = false;
            ResetWindow(warmup: 0);
        }
        else
        {
            _pause = FirstPause; // it pays; should that change further down, the first re-probe comes soon
            ResetWindow(warmup: 0);
        }
    }

    /// <summary>
    /// Decodes UTF-8 without the cache. Pure ASCII (codes, ids, most short values) is widened byte for byte, the
    /// same characters UTF-8 decoding gives, without its validating two passes; anything else goes through UTF-8.
    /// </summary>
    public static string Decode(byte* bytes, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        var span = new ReadOnlySpan<byte>(bytes, length);
        return Ascii.IsValid(span) ? Encoding.Latin1.GetString(span) : Encoding.UTF8.GetString(span);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Insert(ref Entry slot, ulong head, ulong tail, byte* bytes, int length)
    {
        var value = Decode(bytes, length);
        if (length > StringT.InlineLength)
        {
            // Slots keep their copy buffer (rounded up to 16 bytes) and reuse it for the next long value.
            var copy = slot.Bytes;
            if (copy is null || copy.Length < length)
            {
                copy = new byte[(length + 15) & ~15];
                slot.Bytes = copy;
            }

            new ReadOnlySpan<byte>(bytes, length).CopyTo(copy);
        }

        slot.Head = head;
        slot.Tail = tail;
        slot.Value = value;
        return value;
    }

    private void ResetWindow(int warmup)
    {
        _totalLookups += _lookups;
        _totalHits += _hits;
        _warmup = warmup;
        _lookups = 0;
        _hits = 0;
    }

    private struct Entry
    {
        public ulong Head;
        public ulong Tail;
        public string? Value;
        public byte[]? Bytes;
    }
}
