using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Views.Words;

/// <summary>
/// Numbers as readers see them: Vietnamese-style in <c>vi</c> ("1.234,5", "55,2%"), English-style in <c>en</c>
/// ("1,234.5", "55.2%"). Only display text goes through here; SVG coordinates use <see cref="CultureInfo.InvariantCulture"/>.
/// </summary>
public sealed class NumberDisplay
{
    private static readonly NumberDisplay Vi = new(VietnameseNumbers.Vietnamese);
    private static readonly NumberDisplay En = new(CultureInfo.InvariantCulture.NumberFormat);

    private readonly NumberFormatInfo _format;

    private NumberDisplay(NumberFormatInfo format) => _format = format;

    public static NumberDisplay For(Language language) => language == Language.En ? En : Vi;

    /// <summary>The separators of this language (Vietnamese: <c>.</c> groups, <c>,</c> decimals).</summary>
    public NumberFormatInfo Numbers => _format;

    /// <summary>Million VND, one decimal at most: 2342.5 → "2.342,5" (vi).</summary>
    public string Amount(double value) => value.ToString("#,##0.#", _format);

    /// <summary>A share 0–1 as a percentage with one decimal: 0.552 → "55,2%".</summary>
    public string Percent(double share) => (share * 100).ToString("0.0", _format) + "%";

    /// <summary>An axis tick of a share: 0.2 → "20%", 0.125 → "12,5%".</summary>
    public string PercentTick(double share) => (share * 100).ToString("0.#", _format) + "%";

    /// <summary>A ratio with two decimals: 0.8124 → "0,81".</summary>
    public string Ratio(double value) => value.ToString("0.00", _format);

    /// <summary>An axis tick of a ratio: 1 → "1", 0.5 → "0,5".</summary>
    public string RatioTick(double value) => value.ToString("#,##0.##", _format);
}
