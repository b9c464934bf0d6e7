using System.Globalization;

namespace EcomCompare.Charts.Rendering;

/// <summary>Colour arithmetic: readable text on a fill, and interpolation along a ramp.</summary>
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

    /// <summary>The colour at <paramref name="t"/> (0–1) along <paramref name="ramp"/>, interpolated in sRGB.</summary>
    public static string Along(IReadOnlyList<string> ramp, double t)
    {
        t = Math.Clamp(double.IsFinite(t) ? t : 0, 0, 1);
        var position = t * (ramp.Count - 1);
        var i = Math.Min(ramp.Count - 2, (int)Math.Floor(position));
        var f = position - i;
        var (r0, g0, b0) = Rgb(ramp[i]);
        var (r1, g1, b1) = Rgb(ramp[i + 1]);
        static int Mix(int a, int b, double f) => (int)Math.Round(a + ((b - a) * f), MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r0, r1, f):X2}{Mix(g0, g1, f):X2}{Mix(b0, b1, f):X2}");
    }

    private static double Luminance(string color)
    {
        var (r, g, b) = Rgb(color);
        static double Channel(int c)
        {
            var s = c / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
    }

    private static (int R, int G, int B) Rgb(string color) =>
        (int.Parse(color.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         int.Parse(color.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         int.Parse(color.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
