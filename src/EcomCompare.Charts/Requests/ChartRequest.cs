using System.Globalization;
using EcomCompare.Charts.Definitions;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Slices;
using EcomCompare.Views.Tokens;

namespace EcomCompare.Charts.Requests;

/// <summary>A checked, normalised chart request: everything that decides the picture, and nothing else.</summary>
internal sealed record ChartRequest
{
    public required IChartDefinition Chart { get; init; }

    public required ChartFormat Format { get; init; }

    /// <summary>The slice, resolved against the cube (codes in the cube's order, years within the plans).</summary>
    public required CubeSlice Slice { get; init; }

    /// <summary>Amount or share; null for charts without a measure.</summary>
    public required Measure? Measure { get; init; }

    public required ViewLayout Layout { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>PNG pixels per SVG pixel.</summary>
    public required double Scale { get; init; }

    public required Language Language { get; init; }

    /// <summary>The title to draw: null for the chart's own, empty for none.</summary>
    public string? Title { get; init; }

    /// <summary>PNG width in pixels.</summary>
    public int PixelWidth => (int)Math.Round(Width * Scale, MidpointRounding.AwayFromZero);

    /// <summary>PNG height in pixels.</summary>
    public int PixelHeight => (int)Math.Round(Height * Scale, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The canonical form of the request (the cache key and the ETag's input): every parameter spelled out with
    /// defaults filled in, lists in the cube's order; <c>scale</c> only for PNG (an SVG is the same at any scale).
    /// </summary>
    public string Key()
    {
        var slice = SliceQueryString.Format(Slice);
        var parts = new List<string> { string.Create(
            CultureInfo.InvariantCulture, $"{Chart.Name}.{(Format == ChartFormat.Png ? "png" : "svg")}?{slice}") };
        parts.Add("measure=" + Measure?.Token());
        parts.Add("layout=" + Layout.Token());
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"width={Width}&height={Height}"));
        if (Format == ChartFormat.Png)
        {
            parts.Add("scale=" + Scale.ToString("0.###", CultureInfo.InvariantCulture));
        }

        parts.Add("lang=" + Language.Token());
        if (Title is not null)
        {
            parts.Add("title=" + Uri.EscapeDataString(Title));
        }

        return string.Join('&', parts);
    }
}
