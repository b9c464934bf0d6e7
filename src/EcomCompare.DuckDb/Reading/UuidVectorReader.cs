using System.Buffers.Binary;

namespace EcomCompare.DuckDb.Reading;

/// <summary>
/// UUID: stored as a hugeint whose top bit is flipped (so that signed order equals UUID order); the UUID bytes
/// are the big-endian upper then lower halves after flipping it back.
/// </summary>
internal sealed unsafe class UuidVectorReader : VectorReader
{
    public UuidVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(Guid);

    public override object GetValue(int row) => GetGuid(row);

    public override string GetString(int row) => GetGuid(row).ToString();

    public override Guid GetGuid(int row)
    {
        var entry = (ulong*)(Data + ((nint)row * 16));
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, entry[1] ^ (1UL << 63));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], entry[0]);
        return new Guid(bytes, bigEndian: true);
    }
}
