using System.Buffers.Binary;
using System.IO.Compression;

namespace EcomCompare.Charts.Tests.Support;

/// <summary>
/// A minimal PNG reader for tests (8-bit RGB/RGBA, non-interlaced — what SkiaSharp writes): size and pixels, so
/// tests can check the picture is the requested size, is not blank, and where ink is.
/// </summary>
internal sealed class PngImage
{
    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major RGBA, 4 bytes per pixel.</summary>
    public byte[] Rgba { get; }

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    public static PngImage Decode(byte[] png)
    {
        var (width, height) = Size(png);
        var bitDepth = png[24];
        var colorType = png[25];
        Assert.Equal(8, bitDepth);
        Assert.True(colorType is 2 or 6, $"colour type {colorType}");
        Assert.Equal(0, png[28]); // not interlaced
        var channels = colorType == 6 ? 4 : 3;

        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += length + 12;
        }

        idat.Position = 0;
        using var inflate = new ZLibStream(idat, CompressionMode.Decompress);
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        inflate.ReadExactly(raw);

        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                var a = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                var b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                var c = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                pixels[(y * stride) + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[i * 4] = pixels[i * channels];
            rgba[(i * 4) + 1] = pixels[(i * channels) + 1];
            rgba[(i * 4) + 2] = pixels[(i * channels) + 2];
            rgba[(i * 4) + 3] = channels == 4 ? pixels[(i * channels) + 3] : (byte)255;
        }

        return new PngImage(width, height, rgba);
    }

    /// <summary>How many pixels have exactly this opaque colour (<c>#RRGGBB</c>).</summary>
    public int Count(string color)
    {
        var r = Convert.ToByte(color[1..3], 16);
        var g = Convert.ToByte(color[3..5], 16);
        var b = Convert.ToByte(color[5..7], 16);
        var n = 0;
        for (var i = 0; i < Rgba.Length; i += 4)
        {
            if (Rgba[i] == r && Rgba[i + 1] == g && Rgba[i + 2] == b && Rgba[i + 3] == 255)
            {
                n++;
            }
        }

        return n;
    }

    public int DistinctColors() => Enumerable.Range(0, Width * Height).Select(i => BitConverter.ToInt32(Rgba, i * 4)).Distinct().Count();

    /// <summary>
    /// The bounding box of pixels darker than <paramref name="threshold"/> (ink on white), or null; within
    /// <paramref name="area"/> (left, top, right, bottom; exclusive ends) when given.
    /// </summary>
    public (int Left, int Top, int Right, int Bottom)? Ink(int threshold = 160, (int Left, int Top, int Right, int Bottom)? area = null)
    {
        var (x0, y0, x1, y1) = area ?? (0, 0, Width, Height);
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = y0; y < Math.Min(y1, Height); y++)
        {
            for (var x = x0; x < Math.Min(x1, Width); x++)
            {
                var (r, g, b, _) = this[x, y];
                if ((r + g + b) / 3 < threshold)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        return right < 0 ? null : (left, top, right, bottom);
    }

    /// <summary>How many pixels of <paramref name="area"/> are darker than <paramref name="threshold"/>.</summary>
    public int DarkPixels((int Left, int Top, int Right, int Bottom) area, int threshold = 160)
    {
        var n = 0;
        for (var y = area.Top; y < Math.Min(area.Bottom, Height); y++)
        {
            for (var x = area.Left; x < Math.Min(area.Right, Width); x++)
            {
                var (r, g, b, _) = this[x, y];
                n += (r + g + b) / 3 < threshold ? 1 : 0;
            }
        }

        return n;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
