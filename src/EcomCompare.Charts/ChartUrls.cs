using System.Globalization;
using EcomCompare.Charts.Definitions;
using EcomCompare.Cube.Query;

namespace EcomCompare.Charts;

/// <summary>
/// Builds chart URLs — for the dashboard's Embed buttons and for workbooks — in the one format
/// <c>/charts/{chart}.{svg|png}</c> understands.
/// </summary>
/// <example>
/// <c>ChartUrls.For("funding-split", "png", new CubeSlice { Provinces = ["can-tho"] }, width: 1200, scale: 2)</c> →
/// <c>/charts/funding-split.png?provinces=can-tho&amp;width=1200&amp;scale=2</c>.
/// </example>
public static class ChartUrls
{
    /// <summary>The chart names: <c>funding-split</c>, <c>funding-trend</c>, <c>categories</c>, <c>co-financing</c>.</summary>
    public static IReadOnlyList<string> Charts { get; } = ChartDefinitions.All.Select(c => c.Name).ToList();

    /// <summary>A site-relative chart URL; parameters left null take the chart's defaults.</summary>
    public static string For(string chart, string format, CubeSlice slice, string? measure = null, string? layout = null,
        int? width = null, int? height = null, double? scale = null, string? language = null, string? title = null)
    {
        var parts = new List<string>();
        if (SliceQueryString.Format(slice) is { Length: > 0 } s)
        {
            parts.Add(s);
        }

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("measure", measure);
        Add("layout", layout);
        Add("width", width?.ToString(CultureInfo.InvariantCulture));
        Add("height", height?.ToString(CultureInfo.InvariantCulture));
        Add("scale", scale?.ToString("0.###", CultureInfo.InvariantCulture));
        Add("lang", language);
        Add("title", title);
        return $"/charts/{Uri.EscapeDataString(chart)}.{format}" + (parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts));
    }
}
