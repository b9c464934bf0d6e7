using EcomCompare.Charts.Svg;
using EcomCompare.Charts.Text;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// Value labels "where they fit": a label is drawn only if its box lies inside the allowed area and overlaps no
/// label or marker placed before it. Order of placement decides who wins, so it is deterministic.
/// </summary>
internal sealed class LabelPlacer(Box bounds)
{
    private readonly List<Box> _taken = [];

    /// <summary>The box a one-line text occupies, its baseline at <paramref name="baseline"/>.</summary>
    public static Box BoxOf(string text, double x, double baseline, double size, TextAnchor anchor, bool bold = false)
    {
        var width = TextMeasure.Width(text, size, bold);
        var left = anchor switch
        {
            TextAnchor.Middle => x - (width / 2),
            TextAnchor.End => x - width,
            _ => x,
        };
        return new Box(left, baseline - (size * 0.8), width, size);
    }

    /// <summary>Marks an area (a marker, a legend) that labels must not cover.</summary>
    public void Reserve(Box box) => _taken.Add(box);

    /// <summary>Takes the box if it is free; returns false (and takes nothing) if not.</summary>
    public bool TryTake(Box box)
    {
        if (!bounds.Contains(box) || _taken.Any(t => t.Intersects(box)))
        {
            return false;
        }

        _taken.Add(box);
        return true;
    }
}
