using ScottPlot;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// What a layer draws into: the plot, where each band sits along the band axis (in plot coordinates; bands run
/// top to bottom when horizontal), and the value labels it may ask for.
/// </summary>
internal sealed class LayerContext
{
    public required Plot Plot { get; init; }

    public required Orientation Orientation { get; init; }

    /// <summary>Band centres along the band axis, in plot coordinates.</summary>
    public required IReadOnlyList<double> BandCenters { get; init; }

    /// <summary>The width of a band along the band axis, in plot coordinates.</summary>
    public required double BandWidth { get; init; }

    public required ValueLabels Labels { get; init; }

    /// <summary>The plot coordinates of a point at <paramref name="band"/> (band-axis coordinate) and <paramref name="value"/>.</summary>
    public Coordinates Point(double band, double value) =>
        Orientation == Orientation.Vertical ? new Coordinates(band, value) : new Coordinates(value, band);

    /// <summary>The rectangle from <paramref name="bandFrom"/> to <paramref name="bandTo"/> across, <paramref
    /// name="from"/> to <paramref name="to"/> along the values.</summary>
    public CoordinateRect Rect(double bandFrom, double bandTo, double from, double to) => Orientation == Orientation.Vertical
        ? new CoordinateRect(Math.Min(bandFrom, bandTo), Math.Max(bandFrom, bandTo), Math.Min(from, to), Math.Max(from, to))
        : new CoordinateRect(Math.Min(from, to), Math.Max(from, to), Math.Min(bandFrom, bandTo), Math.Max(bandFrom, bandTo));
}
