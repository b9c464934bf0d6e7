using System.Buffers;
using System.Text;

namespace EcomCompare.DuckDb.Internal;

/// <summary>
/// Encodes a string to UTF-8 into a caller-provided stack buffer, or a pooled array when it does not fit.
/// <see cref="Buffer"/> is never empty, so pinning it always yields a valid pointer (the C API builds a
/// <c>std::string(ptr, len)</c> and must not receive NULL, even for "").
/// </summary>
internal ref struct Utf8Scratch
{
    private byte[]? _rented;

    public Utf8Scratch(ReadOnlySpan<char> text, Span<byte> stackBuffer)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= stackBuffer.Length)
        {
            Buffer = stackBuffer;
        }
        else
        {
            _rented = ArrayPool<byte>.Shared.Rent(max);
            Buffer = _rented;
        }

        Length = Encoding.UTF8.GetBytes(text, Buffer);
    }

    /// <summary>The whole buffer (pin this); the encoded bytes are its first <see cref="Length"/> bytes.</summary>
    public Span<byte> Buffer { get; }

    public int Length { get; }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
