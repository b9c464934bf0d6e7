using System.Globalization;

namespace EcomCompare.Charts.Rendering;

/// <summary>Text colours that read on a fill: dark ink on light fills, white on dark ones.</summary>
internal static class Contrast
{
    /// <summary>Dark ink or white, whichever contrasts more with <paramref name="fill"/> (WCAG relative luminance).</summary>
    public static string TextOn(string fill)
    {
        var l = Luminance(fill);
        var withWhite = 1.05 / (l + 0.05);
        var withInk = (l + 0.05) / (Luminance(ChartPalette.Ink) + 0.05);
        return withWhite >= withInk ? "#FFFFFF" : ChartPalette.Ink;
    }

    private static double Luminance(string color)
    {
        static double Channel(string color, int at)
        {
            var s = int.Parse(color.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(color, 1)) + (0.7152 * Channel(color, 3)) + (0.0722 * Channel(color, 5));
    }
}
