namespace EcomCompare.Charts.Rendering;

/// <summary>
/// Splits [<c>from</c>, <c>to</c>] into <c>count</c> equal bands with gaps between them (as a fraction of a step) and at
/// both ends — one band per province, year or category.
/// </summary>
internal sealed class BandScale
{
    private readonly double _from;
    private readonly double _step;
    private readonly double _outer;

    public BandScale(int count, double from, double to, double paddingInner = 0.3, double paddingOuter = 0.15)
    {
        Count = count;
        _from = from;
        _step = count == 0 ? 0 : (to - from) / Math.Max(1e-9, count - paddingInner + (2 * paddingOuter));
        _outer = paddingOuter;
        Bandwidth = _step * (1 - paddingInner);
    }

    public int Count { get; }

    public double Bandwidth { get; }

    /// <summary>Distance between the starts of two neighbouring bands.</summary>
    public double Step => _step;

    public double Start(int index) => _from + (_step * _outer) + (index * _step);

    public double Center(int index) => Start(index) + (Bandwidth / 2);
}
