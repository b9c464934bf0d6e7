using System.Globalization;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Dashboard.Text;

/// <summary>
/// Numbers as the reader expects them: Vietnamese (<c>5.241,5</c>, <c>43,5%</c>) by default, English
/// (<c>5,241.5</c>, <c>43.5%</c>) on request. The only place the dashboard formats for display; markup attributes
/// (SVG coordinates) use <see cref="Svg"/>, which is invariant.
/// </summary>
public sealed class DisplayFormat
{
    private readonly NumberFormatInfo _numbers;

    private DisplayFormat(NumberFormatInfo numbers) => _numbers = numbers;

    /// <summary>Vietnamese: <c>.</c> groups, <c>,</c> decimal mark.</summary>
    public static DisplayFormat Vi { get; } = new(VietnameseNumbers.Vietnamese);

    /// <summary>English: <c>,</c> groups, <c>.</c> decimal mark.</summary>
    public static DisplayFormat En { get; } = new(CultureInfo.InvariantCulture.NumberFormat);

    /// <summary>Million VND, as exact as the cube keeps it: <c>2.342,5</c>.</summary>
    public string Amount(decimal amount) => amount.ToString("#,##0.###", _numbers);

    /// <summary>An amount, or an en dash where there is none.</summary>
    public string Amount(decimal? amount) => amount is { } a ? Amount(a) : "–";

    /// <summary>Rounded to whole millions for axis ticks: <c>3.000</c>.</summary>
    public string Tick(double value) => value.ToString("#,##0.##", _numbers);

    /// <summary>A 0–1 share as a percentage with one decimal: <c>43,5%</c>.</summary>
    public string Share(double? share) => share is { } s && double.IsFinite(s) ? (s * 100).ToString("0.0", _numbers) + "%" : "–";

    /// <summary>A whole percentage for axis ticks: <c>25%</c>.</summary>
    public string Percent(double percent) => percent.ToString("0", _numbers) + "%";

    /// <summary>A ratio with two decimals: <c>1,07</c>.</summary>
    public string Ratio(double? ratio) => ratio is { } r && double.IsFinite(r) ? r.ToString("0.00", _numbers) : "–";

    /// <summary>A count.</summary>
    public string Count(long count) => count.ToString("#,##0", _numbers);

    /// <summary>Milliseconds with one decimal.</summary>
    public string Milliseconds(double ms) => ms.ToString("0.0", _numbers);

    /// <summary>Invariant number for SVG attributes (two decimals at most).</summary>
    public static string Svg(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
