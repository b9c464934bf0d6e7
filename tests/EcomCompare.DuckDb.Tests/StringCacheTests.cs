using System.Runtime.InteropServices;
using System.Text;
using EcomCompare.DuckDb.Reading;
using EcomCompare.DuckDb.Tests.Support;

namespace EcomCompare.DuckDb.Tests;

/// <summary>
/// The per-column string cache: equal bytes give the same string, different bytes never do (whatever their hash,
/// prefix, suffix or address), and the cache switches itself off for columns that do not repeat.
/// </summary>
public sealed unsafe class StringCacheTests(InMemoryDatabaseFixture fixture) : IClassFixture<InMemoryDatabaseFixture>
{
    [Fact]
    public void Equal_bytes_give_the_same_string_instance_inlined_or_not()
    {
        using var strings = new NativeStrings();
        var cache = new Utf8StringCache();
        var shortOne = strings.Add("Cần Thơ");                 // 10 bytes: inlined
        var longOne = strings.Add("Hỗ trợ từ trung ương");     // 28 bytes: behind a pointer
        var longCopy = strings.Add("Hỗ trợ từ trung ương");    // same bytes, another address
        var first = cache.Get(shortOne);
        Assert.Equal("Cần Thơ", first);
        Assert.Same(first, cache.Get(shortOne));
        var second = cache.Get(longOne);
        Assert.Equal("Hỗ trợ từ trung ương", second);
        Assert.Same(second, cache.Get(longCopy));
        Assert.Equal(4, cache.TotalLookups);
        Assert.Equal(2, cache.TotalHits);
    }

    [Fact]
    public void Strings_with_the_same_length_prefix_and_last_8_bytes_are_told_apart_by_their_full_bytes()
    {
        // Same length, same first 4 bytes, same last 8 bytes: same hash and same quick key. Only the middle differs.
        using var strings = new NativeStrings();
        var cache = new Utf8StringCache();
        var texts = Enumerable.Range(0, 200).Select(i => $"Tỉnh {i:D4} — kế hoạch 2021-2025").ToArray();
        Assert.All(texts, t => Assert.Equal(Encoding.UTF8.GetByteCount(texts[0]), Encoding.UTF8.GetByteCount(t)));
        var entries = texts.Select(t => (IntPtr)strings.Add(t)).ToArray();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                Assert.Equal(texts[i], cache.Get((byte*)entries[i]));
            }
        }

        Assert.True(cache.TotalHits > 0, "the same bytes seen again should hit");
    }

    [Fact]
    public void New_bytes_at_an_old_address_give_the_new_string_as_when_a_freed_chunk_memory_is_reused()
    {
        using var strings = new NativeStrings();
        var cache = new Utf8StringCache();
        var entry = strings.Add("Bình Định — chương trình A");
        Assert.Equal("Bình Định — chương trình A", cache.Get(entry));
        Assert.Equal("Bình Định — chương trình A", cache.Get(entry));

        // DuckDB frees a chunk's string heap with the chunk; the next chunk may put other bytes at the same address.
        strings.Overwrite(entry, "Bình Định — chương trình B");
        Assert.Equal("Bình Định — chương trình B", cache.Get(entry));
        strings.Overwrite(entry, "Thái Bình");                  // and an inlined one in the same vector slot
        Assert.Equal("Thái Bình", cache.Get(entry));
        strings.Overwrite(entry, string.Empty);
        Assert.Equal(string.Empty, cache.Get(entry));
    }

    [Fact]
    public void Strings_longer_than_the_cached_maximum_are_decoded_every_time_and_never_counted()
    {
        using var strings = new NativeStrings();
        var cache = new Utf8StringCache();
        var text = string.Concat(Enumerable.Repeat("Cần Thơ ", 10));
        Assert.True(Encoding.UTF8.GetByteCount(text) > Utf8StringCache.MaxLength);
        var entry = strings.Add(text);
        var first = cache.Get(entry);
        Assert.Equal(text, first);
        Assert.NotSame(first, cache.Get(entry));
        Assert.Equal(0, cache.TotalLookups);
    }

    [Fact]
    public void A_column_of_unique_strings_switches_the_cache_off_and_a_repeating_one_later_switches_it_back_on()
    {
        using var strings = new NativeStrings();
        var cache = new Utf8StringCache();
        var unique = 0;
        var chunks = 0;
        while (cache.Active && chunks < 50)
        {
            cache.OnChunk();
            for (var i = 0; i < 2048 && cache.Active; i++, unique++)
            {
                var text = "id-" + unique;
                Assert.Equal(text, cache.Get(strings.Add(text)));
            }

            chunks++;
            strings.Clear();
        }

        Assert.False(cache.Active);
        Assert.Equal(Utf8StringCache.InitialSlots, cache.Slots); // no hits at all: it did not grow first
        Assert.True(cache.TotalLookups <= Utf8StringCache.InitialSlots + Utf8StringCache.Window + 2048, $"{cache.TotalLookups} lookups before switching off");

        // The data changes: a few values repeat. After the pause, a probe finds them and the cache stays on.
        var provinces = new[] { "Bình Định", "Thái Bình", "Cần Thơ" }.Select(t => (IntPtr)strings.Add(t)).ToArray();
        for (var chunk = 0; chunk < Utf8StringCache.FirstPause + 10; chunk++)
        {
            cache.OnChunk();
            if (cache.Active)
            {
                for (var i = 0; i < 2048; i++)
                {
                    Assert.Equal(i % 3 == 0 ? "Bình Định" : i % 3 == 1 ? "Thái Bình" : "Cần Thơ", cache.Get((byte*)provinces[i % 3]));
                }
            }
        }

        Assert.True(cache.Active);
        Assert.True(cache.TotalHits > 4000);
    }

    [Fact]
    public void Every_string_of_a_many_chunk_result_is_right_and_repeated_values_come_from_the_cache()
    {
        // 63 provinces inlined or not, NULLs, empty strings, strings over the cached maximum, and long strings that
        // share length, prefix and suffix: each row is checked against the value its SQL defines.
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, """
            SELECT i,
                   CASE WHEN i % 11 = 0 THEN NULL
                        WHEN i % 13 = 0 THEN ''
                        WHEN i % 17 = 0 THEN repeat('Hỗ trợ ', 12) || i
                        WHEN i % 2 = 0 THEN 'Tỉnh ' || lpad((i % 63)::VARCHAR, 4, '0') || ' — kế hoạch 2021-2025'
                        ELSE 'p-' || (i % 63) END AS name
            FROM range(60000) t(i)
            """);
        using var reader = command.ExecuteReader();
        long rows = 0;
        while (reader.Read())
        {
            var i = reader.GetInt64(0);
            string? expected = i % 11 == 0 ? null
                : i % 13 == 0 ? string.Empty
                : i % 17 == 0 ? string.Concat(Enumerable.Repeat("Hỗ trợ ", 12)) + i
                : i % 2 == 0 ? $"Tỉnh {i % 63:D4} — kế hoạch 2021-2025"
                : "p-" + (i % 63);
            if (expected is null)
            {
                Assert.True(reader.IsDBNull(1));
            }
            else
            {
                Assert.Equal(expected, reader.GetString(1));
                Assert.Equal(expected, reader.GetValue(1));
                Assert.Equal(expected, reader.GetFieldValue<string>(1));
            }

            rows++;
        }

        Assert.Equal(60000, rows);
    }

    [Fact]
    public void The_cache_of_a_repeating_column_hits_and_that_of_a_unique_column_switches_itself_off()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 'Tỉnh số ' || (i % 63) AS repeated, 'mã-' || i AS unique_code FROM range(100000) t(i)");
        using var reader = command.ExecuteReader();
        long rows = 0;
        Assert.True(reader.Read());
        Assert.Null(reader.StringCacheOf(0)); // the first chunk never allocates one
        do
        {
            Assert.Equal("Tỉnh số " + (rows % 63), reader.GetString(0));
            Assert.Equal("mã-" + rows, reader.GetString(1));
            rows++;
        }
        while (reader.Read() || (rows < 100000 && Fail()));

        Assert.Equal(100000, rows);
        var repeated = reader.StringCacheOf(0)!;
        var unique = reader.StringCacheOf(1)!;
        Assert.True(repeated.Active);
        Assert.True(repeated.TotalHits > 0.95 * repeated.TotalLookups, $"{repeated.TotalHits} hits of {repeated.TotalLookups}");
        Assert.Equal(Utf8StringCache.InitialSlots, repeated.Slots);
        Assert.Equal(0, unique.TotalHits);
        Assert.True(unique.TotalLookups < 0.2 * rows, $"{unique.TotalLookups} lookups for unique strings");
    }

    [Fact]
    public void A_result_of_one_chunk_never_creates_a_cache()
    {
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, "SELECT 'Cần Thơ' AS name FROM range(2000)");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Assert.Equal("Cần Thơ", reader.GetString(0));
        }

        Assert.Throws<InvalidOperationException>(() => reader.GetString(0));
    }

    [Fact]
    public void Decoding_gives_what_utf8_gives_for_ascii_vietnamese_and_invalid_bytes_of_every_length()
    {
        // ASCII takes the widening path, anything else UTF-8: both must agree with Encoding.UTF8 to the character,
        // inlined (≤ 12 bytes) or not, with the first non-ASCII byte anywhere, and for malformed UTF-8 too.
        var samples = new List<byte[]>();
        var ascii = Encoding.ASCII.GetBytes("item-0123456789 ~\u007f\t\0abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-+");
        for (var length = 0; length <= 70; length++)
        {
            var plain = ascii.AsSpan(0, length).ToArray();
            samples.Add(plain);
            for (var at = 0; at < length; at += Math.Max(1, length / 4))
            {
                var withByte = (byte[])plain.Clone();
                withByte[at] = 0x80;               // a lone continuation byte: invalid UTF-8
                samples.Add(withByte);
            }

            samples.Add(Encoding.UTF8.GetBytes(new string('ơ', length / 2) + new string('a', length % 2)));
        }

        samples.Add(Encoding.UTF8.GetBytes("Hỗ trợ doanh nghiệp 12345"));
        samples.Add(Encoding.UTF8.GetBytes("Cần Thơ"));
        samples.Add(Encoding.UTF8.GetBytes("abcdefghijkờ"));  // 12 bytes + 2: non-ASCII at the very end
        foreach (var bytes in samples)
        {
            fixed (byte* pointer = bytes)
            {
                Assert.Equal(Encoding.UTF8.GetString(bytes), Utf8StringCache.Decode(pointer, bytes.Length));
            }
        }
    }

    [Fact]
    public void Prefetching_the_next_entry_changes_nothing_that_get_returns()
    {
        using var strings = new NativeStrings();
        var cache = new Utf8StringCache();
        var texts = new[] { "item-1", "Hỗ trợ doanh nghiệp 7", "item-1", string.Empty, new string('x', 80), "Hỗ trợ doanh nghiệp 7", "abcdefghijkl" };
        var entries = texts.Select(t => (IntPtr)strings.Add(t)).ToArray();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                if (i + 1 < entries.Length)
                {
                    cache.Prefetch((byte*)entries[i + 1]);
                }

                Assert.Equal(texts[i], cache.Get((byte*)entries[i]));
            }
        }

        Assert.Same(cache.Get((byte*)entries[0]), cache.Get((byte*)entries[2]));
    }

    [Fact]
    public void Ascii_and_vietnamese_strings_inlined_or_not_are_right_across_chunk_boundaries_and_equal_in_different_chunks()
    {
        // Every chunk's first and last rows (where the next-row prefetch stops, once some 4,000 distinct values have
        // grown the table), NULLs, 12 and 13 byte ASCII (the
        // inline limit), and values that repeat in every chunk: each must read right, and a repeated value read in
        // a later chunk must equal the one read before (from the cache, a decoded copy never reflects freed memory).
        using var connection = fixture.Connect();
        using var command = Sql.Command(connection, """
            SELECT i,
                   CASE WHEN i % 7 = 0 THEN NULL
                        WHEN i % 5 = 0 THEN 'abcdefghijk' || (i % 2)
                        WHEN i % 5 = 1 THEN 'abcdefghijkl' || (i % 3)
                        WHEN i % 5 = 2 THEN 'Hỗ trợ doanh nghiệp ' || (i % 3000)
                        WHEN i % 5 = 3 THEN 'Cần Thơ ' || (i % 4)
                        ELSE 'item-' || (i % 6000) END AS s
            FROM range(100000) t(i)
            """);
        using var reader = command.ExecuteReader();
        var seen = new Dictionary<string, string>();
        long rows = 0;
        while (reader.Read())
        {
            var i = reader.GetInt64(0);
            string? expected = i % 7 == 0 ? null
                : i % 5 == 0 ? "abcdefghijk" + (i % 2)
                : i % 5 == 1 ? "abcdefghijkl" + (i % 3)
                : i % 5 == 2 ? "Hỗ trợ doanh nghiệp " + (i % 3000)
                : i % 5 == 3 ? "Cần Thơ " + (i % 4)
                : "item-" + (i % 6000);
            if (expected is null)
            {
                Assert.True(reader.IsDBNull(1));
                Assert.Throws<InvalidCastException>(() => reader.GetString(1));
            }
            else
            {
                var value = reader.GetString(1);
                Assert.Equal(expected, value);
                if (seen.TryGetValue(expected, out var earlier))
                {
                    Assert.Equal(earlier, value);
                }
                else
                {
                    seen[expected] = value;
                }
            }

            rows++;
        }

        Assert.Equal(100000, rows);
        Assert.True(reader.StringCacheOf(1)!.Slots > Utf8StringCache.InitialSlots, "thousands of distinct values grow the table (and turn on the prefetch)");
        Assert.All(seen, pair => Assert.Equal(pair.Key, pair.Value)); // nothing read earlier changed afterwards
    }

    private static bool Fail() => throw new InvalidOperationException("the reader ended early");

    /// <summary>16-byte <c>duckdb_string_t</c> entries in native memory, laid out as DuckDB lays them out.</summary>
    private sealed class NativeStrings : IDisposable
    {
        private readonly List<IntPtr> _blocks = [];
        private readonly Dictionary<IntPtr, IntPtr> _heaps = [];

        public byte* Add(string text)
        {
            var entry = (byte*)NativeMemory.AllocZeroed(StringT.Size);
            _blocks.Add((IntPtr)entry);
            Overwrite(entry, text);
            return entry;
        }

        /// <summary>Writes new contents in place: inlined bytes, or the prefix and a pointer to a copy.</summary>
        public void Overwrite(byte* entry, string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            new Span<byte>(entry, StringT.Size).Clear();
            *(uint*)entry = (uint)bytes.Length;
            if (bytes.Length <= StringT.InlineLength)
            {
                bytes.CopyTo(new Span<byte>(entry + 4, StringT.InlineLength));
                return;
            }

            // One heap block per entry, reused: new long contents land at the same address, as in reused chunk memory.
            if (!_heaps.TryGetValue((IntPtr)entry, out var block))
            {
                block = (IntPtr)NativeMemory.Alloc(256);
                _blocks.Add(block);
                _heaps[(IntPtr)entry] = block;
            }

            var heap = (byte*)block;
            bytes.CopyTo(new Span<byte>(heap, bytes.Length));
            bytes.AsSpan(0, 4).CopyTo(new Span<byte>(entry + 4, 4));
            *(byte**)(entry + 8) = heap;
        }

        public void Clear()
        {
            foreach (var block in _blocks)
            {
                NativeMemory.Free((void*)block);
            }

            _blocks.Clear();
            _heaps.Clear();
        }

        public void Dispose() => Clear();
    }
}
