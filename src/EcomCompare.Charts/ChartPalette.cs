namespace EcomCompare.Charts;

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

    /// <summary>Province colours, assigned by the province's position in the cube (its sort order), so a province keeps its colour in every slice.</summary>
    public static IReadOnlyList<string> Provinces { get; } =
        ["#CC6677", "#332288", "#999933", "#882255", "#88CCEE", "#DDCC77", "#AA4499", "#44AA99", "#117733"];

    /// <summary>
    /// Sequential colour-blind-safe ramp (ColorBrewer YlGnBu, 7 classes), light = little money, dark = much,
    /// for heatmaps.
    /// </summary>
    public static IReadOnlyList<string> Sequential { get; } =
        ["#FFFFCC", "#C7E9B4", "#7FCDBB", "#41B6C4", "#1D91C0", "#225EA8", "#0C2C84"];

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
