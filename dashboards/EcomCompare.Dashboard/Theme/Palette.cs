using EcomCompare.Views.Palette;

namespace EcomCompare.Dashboard.Theme;

/// <summary>
/// The dashboard's colours. Funding sources and provinces take the colours of the report charts
/// (<see cref="ChartPalette"/>), so a chart embedded from the dashboard's Embed link looks like the chart on screen:
/// central #0072B2 (blue), local #E69F00 (orange), enterprise #009E73 (bluish green), Okabe-Ito, readable with the
/// common colour-vision deficiencies; provinces in the cube's order.
/// </summary>
public static class Palette
{
    /// <summary>Central (national programme) money.</summary>
    public const string Central = ChartPalette.Central;

    /// <summary>Local (provincial budget) money.</summary>
    public const string Local = ChartPalette.Local;

    /// <summary>Enterprise co-financing.</summary>
    public const string Enterprise = ChartPalette.Enterprise;

    /// <summary>Anything the palette does not know.</summary>
    public const string Other = ChartPalette.Other;

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
    public static string Province(int index) => ChartPalette.ForProvince(index);

    /// <summary>The dash pattern of the province at <paramref name="index"/> (empty: solid).</summary>
    public static string ProvinceDash(int index) => ProvinceDashes[((index % ProvinceDashes.Length) + ProvinceDashes.Length) % ProvinceDashes.Length];

    /// <summary>
    /// A heatmap cell colour for <paramref name="fraction"/> (0–1): <see cref="ChartPalette.Heat"/>, the one ramp
    /// the embedded heatmap image uses too (near-white to a dark blue-purple).
    /// </summary>
    public static string Heat(double fraction) => ChartPalette.Heat(fraction);

    /// <summary>The text colour on a <see cref="Heat"/> cell of <paramref name="fraction"/> (<see cref="ChartPalette.HeatText"/>: ≥ 4.5:1).</summary>
    public static string HeatText(double fraction) => ChartPalette.HeatText(fraction);

    /// <summary>The text colour on a fill (<see cref="ChartPalette.TextOn"/>: white or ink, ≥ 4.5:1), as the chart images choose it.</summary>
    public static string TextOn(string fill) => ChartPalette.TextOn(fill);

    /// <summary>The CSS custom properties the stylesheet uses, so CSS and charts share these values.</summary>
    public static string CssVariables =>
        $":root{{--ec-central:{Central};--ec-local:{Local};--ec-enterprise:{Enterprise};--ec-other:{Other};}}";
}
