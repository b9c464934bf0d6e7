using System.Runtime.CompilerServices;

namespace EcomCompare.DuckDb.Reading;

/// <summary>
/// <c>duckdb_string_t</c>, the 16-byte VARCHAR/BLOB vector entry: a uint32 length, then either the bytes
/// inlined (length ≤ 12) or a 4-byte prefix followed by a pointer to the bytes at offset 8.
/// </summary>
internal static unsafe class StringT
{
    public const int Size = 16;
    public const int InlineLength = 12;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Read(byte* vectorData, int row)
    {
        var entry = vectorData + ((nint)row * Size);
        var length = *(uint*)entry;
        var bytes = length <= InlineLength ? entry + sizeof(uint) : *(byte**)(entry + 8);
        return new ReadOnlySpan<byte>(bytes, checked((int)length));
    }

    /// <summary>Decodes the UTF-8 of one entry into a new string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Decode(byte* entry)
    {
        var length = *(uint*)entry;
        var bytes = length <= InlineLength ? entry + sizeof(uint) : *(byte**)(entry + 8);
        return Utf8StringCache.Decode(bytes, checked((int)length));
    }
}
