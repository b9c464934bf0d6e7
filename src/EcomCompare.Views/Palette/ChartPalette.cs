using System.Globalization;

namespace EcomCompare.Views.Palette;

/// <summary>
/// The fixed, colour-blind-safe colours of every chart, SVG, PNG and Excel alike (and the dashboard's): one colour
/// per funding source, from the Okabe–Ito palette, and one per province, from Paul Tol's "muted" palette with the
/// blues and greens moved back so a province is not mistaken for a funding source.
/// </summary>
/// <example><c>ChartPalette.ForSource("local")</c> → <c>#E69F00</c>.</example>
public static class ChartPalette
{
    /// <summary>Central budget (national programme): Okabe–Ito blue.</summary>
    public const string Central = "#0072B2";

    /// <summary>Local (provincial) budget: Okabe–Ito orange.</summary>
    public const string Local = "#E69F00";

    /// <summary>Enterprise co-financing: Okabe–Ito bluish green.</summary>
    public const string Enterprise = "#009E73";

    /// <summary>Anything else (an unknown source code): neutral grey.</summary>
    public const string Other = "#999999";

    /// <summary>Text, axes and gridlines.</summary>
    public const string Ink = "#222222";

    /// <summary>Secondary text (subtitle, footnote, tick labels).</summary>
    public const string MutedInk = "#555555";

    /// <summary>Gridlines.</summary>
    public const string Grid = "#DDDDDD";

    /// <summary>Province colours, assigned by the province's position in the cube (its sort order), so a province keeps
    /// its colour in every slice.</summary>
    public static IReadOnlyList<string> Provinces { get; } =
        ["#CC6677", "#332288", "#999933", "#882255", "#88CCEE", "#DDCC77", "#AA4499", "#44AA99", "#117733"];

    /// <summary>The light end of the heat ramp (nothing).</summary>
    public const string HeatLow = "#F7F4F9";

    /// <summary>The dark end of the heat ramp (the most).</summary>
    public const string HeatHigh = "#3F007D";

    /// <summary>
    /// The heatmap colour for <paramref name="fraction"/> (0–1) of the largest value: near-white to a dark
    /// blue-purple (ColorBrewer "Purples" ends, interpolated in sRGB — fine for a ramp this short), with no hue
    /// shared with the source colours. The one ramp of the dashboard's heatmap and the embedded heatmap image.
    /// </summary>
    /// <example><c>ChartPalette.Heat(0)</c> → <c>#F7F4F9</c>, <c>ChartPalette.Heat(1)</c> → <c>#3F007D</c>.</example>
    public static string Heat(double fraction)
    {
        var t = Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1);
        static int Mix(int a, int b, double t) => (int)Math.Round(a + ((b - a) * t));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(0xF7, 0x3F, t):X2}{Mix(0xF4, 0x00, t):X2}{Mix(0xF9, 0x7D, t):X2}");
    }

    /// <summary>The text colour on a <see cref="Heat"/> cell, by computed contrast (<see cref="TextOn"/>).</summary>
    public static string HeatText(double fraction) => TextOn(Heat(fraction));

    /// <summary>
    /// The text colour on <paramref name="fill"/> (<c>#RRGGBB</c>): white or ink, whichever contrasts more, black
    /// where neither reaches 4.5:1 — the rule of every chart label and dashboard cell.
    /// </summary>
    /// <example><c>ChartPalette.TextOn(ChartPalette.Central)</c> → <c>#FFFFFF</c>; <c>TextOn("#9572B7")</c> → <c>#000000</c>.</example>
    public static string TextOn(string fill) => Contrast.TextOn(fill);

    /// <summary>The colour of a funding source by its code (<c>central</c>, <c>local</c>, <c>enterprise</c>).</summary>
    public static string ForSource(string code) => code switch
    {
        "central" => Central,
        "local" => Local,
        "enterprise" => Enterprise,
        _ => Other,
    };

    /// <summary>The colour of the province at position <paramref name="sortIndex"/> (0-based) of the cube's province list.</summary>
    public static string ForProvince(int sortIndex) => Provinces[((sortIndex % Provinces.Count) + Provinces.Count) % Provinces.Count];
}
