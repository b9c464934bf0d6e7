using System.Globalization;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Internal;

/// <summary>
/// Exact conversions between <see cref="decimal"/> (96-bit unsigned mantissa, sign, scale 0–28) and DuckDB's
/// DECIMAL(width, scale) (a signed integer of up to 128 bits holding value × 10^scale).
/// </summary>
internal static class DecimalConversion
{
    private static readonly UInt128 MantissaLimit = UInt128.One << 96;

    /// <summary>DECIMAL with int16/int32/int64 storage: always exact for scale ≤ 28.</summary>
    public static decimal FromInt64(long unscaled, byte scale)
    {
        if (scale > 28)
        {
            return FromInt128(unscaled, scale);
        }

        var negative = unscaled < 0;
        var magnitude = negative ? (ulong)(-(unscaled + 1)) + 1UL : (ulong)unscaled;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
    }

    /// <summary>
    /// DECIMAL with hugeint storage (width 19–38). Exact whenever the value has at most 28 fractional digits and
    /// fits 96 bits; otherwise rounded (half away from zero) to the digits <see cref="decimal"/> can hold.
    /// Throws <see cref="OverflowException"/> only when the integral part is beyond <see cref="decimal.MaxValue"/>.
    /// </summary>
    public static decimal FromInt128(Int128 unscaled, byte scale)
    {
        var negative = Int128.IsNegative(unscaled);
        var magnitude = negative ? (UInt128)(-(unscaled + 1)) + UInt128.One : (UInt128)unscaled;
        var targetScale = (int)scale;
        if (targetScale > 28 || magnitude >= MantissaLimit)
        {
            (magnitude, targetScale) = Shrink(magnitude, scale, unscaled);
        }

        var low = (ulong)magnitude;
        return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)(uint)(magnitude >> 64), negative, (byte)targetScale);
    }

    /// <summary>Drops the fewest fractional digits (rounding once) so the mantissa fits 96 bits and scale ≤ 28.</summary>
    private static (UInt128 Magnitude, int Scale) Shrink(UInt128 magnitude, int scale, Int128 original)
    {
        for (var drop = Math.Max(0, scale - 28); drop <= scale; drop++)
        {
            var divisor = Pow10(drop);
            var quotient = UInt128.DivRem(magnitude, divisor);
            var rounded = quotient.Quotient + (quotient.Remainder * 2 >= divisor && drop > 0 ? UInt128.One : UInt128.Zero);
            if (rounded < MantissaLimit)
            {
                return (rounded, scale - drop);
            }
        }

        throw new OverflowException(string.Create(
            CultureInfo.InvariantCulture,
            $"The DECIMAL value {original}e-{scale} is outside the range of System.Decimal (±7.9e28)."));
    }

    /// <summary>DuckDB decimal for a .NET decimal: scale kept, width 18 when it fits (int64 storage), else 38.</summary>
    public static NativeDecimal ToNative(decimal value)
    {
        var (unscaled, scale) = Decompose(value);
        var digits = CountDigits(unscaled);
        var width = Math.Max(digits, (int)scale) <= 18 ? (byte)18 : (byte)38;
        return new NativeDecimal(width, scale, unscaled);
    }

    /// <summary>
    /// The value as exactly DECIMAL(width, scale) when that loses nothing (scale only grows, digits fit the width);
    /// false when DuckDB must round, so the caller falls back to <see cref="ToNative"/> and a DuckDB cast.
    /// </summary>
    public static bool TryRescale(decimal value, byte width, byte scale, out NativeDecimal result)
    {
        var (unscaled, currentScale) = Decompose(value);
        result = default;
        if (currentScale > scale || width > 38)
        {
            return false;
        }

        // Digits after rescaling must fit the width (this also rules out Int128 overflow: width ≤ 38).
        if (CountDigits(unscaled) + (scale - currentScale) > width)
        {
            return false;
        }

        result = new NativeDecimal(width, scale, unscaled * (Int128)Pow10(scale - currentScale));
        return true;
    }

    private static (Int128 Unscaled, byte Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        var unscaled = bits[3] < 0 ? -(Int128)magnitude : (Int128)magnitude;
        return (unscaled, scale);
    }

    private static UInt128 Pow10(int exponent)
    {
        var result = UInt128.One;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static int CountDigits(Int128 unscaled)
    {
        var digits = 1;
        var value = (UInt128)Int128.Abs(unscaled);
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }
}
