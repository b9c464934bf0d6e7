namespace EcomCompare.Dashboard.Charts.Geometry;

/// <summary>
/// Places value labels beside the marks of a small chart only where they fit: above the mark, else below it, else
/// not at all — never over another label, a reserved mark or the plot's edge. A small multiple keeps the labels it
/// has room for instead of all or none; every value is also in the tooltip and the table.
/// </summary>
/// <param name="left">Plot's left edge.</param>
/// <param name="right">Plot's right edge.</param>
/// <param name="top">Plot's top edge.</param>
/// <param name="bottom">Plot's bottom edge.</param>
public sealed class LabelPlacer(double left, double right, double top, double bottom)
{
    private readonly List<Box> _taken = [];

    /// <summary>Keeps a mark's area free of labels (a point and its halo).</summary>
    public void Reserve(double x, double y, double halfWidth, double halfHeight) =>
        _taken.Add(new Box(x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight));

    /// <summary>
    /// The baseline of <paramref name="text"/> centred on <paramref name="x"/>, <paramref name="gap"/> above
    /// <paramref name="above"/> or, failing that, below <paramref name="below"/>; null where it fits neither.
    /// </summary>
    public double? Place(string text, double fontSize, double x, double above, double below, double gap, double maxWidth = double.MaxValue)
    {
        var width = TextWidth.Estimate(text, fontSize);
        if (width > maxWidth)
        {
            return null;
        }

        foreach (var baseline in new[] { above - gap, below + gap + fontSize })
        {
            // From the cap height to just under the baseline.
            var box = new Box(x - (width / 2), baseline - fontSize, x + (width / 2), baseline + 2);
            if (box.Left < left || box.Right > right || box.Top < top || box.Bottom > bottom || _taken.Any(box.Overlaps))
            {
                continue;
            }

            _taken.Add(box);
            return baseline;
        }

        return null;
    }

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }
}
