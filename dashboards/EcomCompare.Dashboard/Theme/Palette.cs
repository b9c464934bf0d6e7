using System.Globalization;

namespace EcomCompare.Dashboard.Theme;

/// <summary>
/// The dashboard's colours, in one place. Funding sources keep the same colour on every chart, table swatch and
/// legend (Okabe-Ito, readable with the common colour-vision deficiencies): central #0072B2 (blue), local #E69F00
/// (orange), enterprise #009E73 (bluish green). Provinces take the remaining Okabe-Ito hues, in manifest order.
/// </summary>
/// <remarks>
/// The charts service (<c>/charts</c>) is built on the same three source colours; when its public palette lands,
/// this class is the one place to point at it.
/// </remarks>
public static class Palette
{
    /// <summary>Central (national programme) money.</summary>
    public const string Central = "#0072B2";

    /// <summary>Local (provincial budget) money.</summary>
    public const string Local = "#E69F00";

    /// <summary>Enterprise co-financing.</summary>
    public const string Enterprise = "#009E73";

    /// <summary>Anything the palette does not know.</summary>
    public const string Other = "#6B6B6B";

    // Okabe-Ito without the three source colours (and without yellow, too light for lines on white).
    private static readonly string[] ProvinceColours = ["#CC79A7", "#D55E00", "#56B4E9", "#000000", "#8C6D31", "#7F3C8D"];

    // Dash patterns tell provinces apart without colour (lines on the trends page).
    private static readonly string[] ProvinceDashes = ["", "6 4", "2 3", "10 3 2 3"];

    /// <summary>The colour of a funding source by code (<c>central</c>, <c>local</c>, <c>enterprise</c>).</summary>
    public static string Source(string? code) => code switch
    {
        "central" => Central,
        "local" => Local,
        "enterprise" => Enterprise,
        _ => Other,
    };

    /// <summary>The colour of the province at <paramref name="index"/> in manifest order.</summary>
    public static string Province(int index) => ProvinceColours[((index % ProvinceColours.Length) + ProvinceColours.Length) % ProvinceColours.Length];

    /// <summary>The dash pattern of the province at <paramref name="index"/> (empty: solid).</summary>
    public static string ProvinceDash(int index) => ProvinceDashes[((index % ProvinceDashes.Length) + ProvinceDashes.Length) % ProvinceDashes.Length];

    /// <summary>
    /// A heatmap cell colour for <paramref name="fraction"/> (0–1): white to a dark blue-purple, perceptually
    /// roughly even, with no hue shared with the source colours.
    /// </summary>
    public static string Heat(double fraction)
    {
        var t = Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1);
        // #F7F4F9 → #3F007D (ColorBrewer "Purples" ends), interpolated in sRGB — fine for a 0–1 ramp this short.
        static int Mix(int a, int b, double t) => (int)Math.Round(a + ((b - a) * t));
        var r = Mix(0xF7, 0x3F, t);
        var g = Mix(0xF4, 0x00, t);
        var b = Mix(0xF9, 0x7D, t);
        return string.Create(CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{b:X2}");
    }

    /// <summary>True when text on a <see cref="Heat"/> cell of <paramref name="fraction"/> should be white.</summary>
    public static bool HeatNeedsLightText(double fraction) => fraction > 0.45;

    /// <summary>The CSS custom properties the stylesheet uses, so CSS and charts share these values.</summary>
    public static string CssVariables =>
        $":root{{--ec-central:{Central};--ec-local:{Local};--ec-enterprise:{Enterprise};--ec-other:{Other};}}";
}
