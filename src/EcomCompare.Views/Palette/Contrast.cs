using System.Globalization;

namespace EcomCompare.Views.Palette;

/// <summary>
/// Text colours that read on a fill: dark ink on light fills, white on dark ones, each at WCAG AA (4.5:1) at least.
/// The one place the charts, the chart images and the dashboard (its bars and heatmap cells) choose text colours.
/// </summary>
public static class Contrast
{
    /// <summary>WCAG AA for body text.</summary>
    public const double Minimum = 4.5;

    /// <summary>
    /// Dark ink or white, whichever contrasts more with <paramref name="fill"/>; pure black where neither reaches
    /// 4.5:1 (mid-tones such as the heat ramp's middle purples, about #9572B7, give white and ink both about 4:1,
    /// black 4.6:1 or more).
    /// </summary>
    public static string TextOn(string fill)
    {
        var l = Luminance(fill);
        var withWhite = Ratio(1, l);
        var withInk = Ratio(l, Luminance(ChartPalette.Ink));
        var (best, ratio) = withWhite >= withInk ? ("#FFFFFF", withWhite) : (ChartPalette.Ink, withInk);
        return ratio >= Minimum ? best : "#000000";
    }

    /// <summary>The WCAG contrast ratio of two colours (<c>#RRGGBB</c>), 1 to 21.</summary>
    public static double Ratio(string a, string b) => Ratio(Luminance(a), Luminance(b));

    private static double Ratio(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);

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
