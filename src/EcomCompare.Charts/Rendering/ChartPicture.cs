using ScottPlot;

namespace EcomCompare.Charts.Rendering;

/// <summary>One request's ScottPlot <see cref="Plot"/> (built for this render only) and the value labels it places.</summary>
internal sealed class ChartPicture(Plot plot, ValueLabels labels, ChartFigure figure, int width, int height) : IDisposable
{
    public Plot Plot { get; } = plot;

    /// <summary>The labels the last render drew (after <see cref="Png"/> or <see cref="Svg"/>).</summary>
    public IReadOnlyList<string> PlacedLabels => labels.Placed;

    public ChartFigure Figure { get; } = figure;

    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>The picture as PNG, <paramref name="scale"/> pixels per chart pixel.</summary>
    public byte[] Png(double scale) => ChartImage.Png(this, scale);

    /// <summary>The picture as SVG markup (stable ids, with its accessible name and description).</summary>
    public string Svg() => ChartImage.Svg(this);

    public void Dispose() => Plot.Dispose();
}
