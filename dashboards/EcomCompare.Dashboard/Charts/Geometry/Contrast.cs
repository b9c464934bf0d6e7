using System.Globalization;

namespace EcomCompare.Dashboard.Charts.Geometry;

/// <summary>Picks black or white text for a fill colour by WCAG contrast ratio.</summary>
public static class Contrast
{
    /// <summary><c>#FFFFFF</c> or <c>#111111</c>, whichever contrasts more with <paramref name="hexColor"/> (<c>#RRGGBB</c>).</summary>
    public static string TextOn(string hexColor)
    {
        var luminance = Luminance(hexColor);
        var withWhite = 1.05 / (luminance + 0.05);
        var withBlack = (luminance + 0.05) / (Luminance("#111111") + 0.05);
        return withWhite >= withBlack ? "#FFFFFF" : "#111111";
    }

    /// <summary>WCAG relative luminance of <c>#RRGGBB</c>.</summary>
    public static double Luminance(string hexColor)
    {
        if (hexColor.Length != 7 || hexColor[0] != '#')
        {
            return 0;
        }

        static double Channel(string hex)
        {
            var c = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(hexColor[1..3])) + (0.7152 * Channel(hexColor[3..5])) + (0.0722 * Channel(hexColor[5..7]));
    }
}
