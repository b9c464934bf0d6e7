using EcomCompare.Charts.Svg;
using EcomCompare.Charts.Text;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// Value labels "where they fit": a label is drawn only if its box lies inside the allowed area and overlaps no
/// label placed before it, nor any obstacle (a bar, a marker) — except a label inside its own bar segment, which
/// only must not cover other labels. Order of placement decides who wins, so it is deterministic.
/// </summary>
internal sealed class LabelPlacer(Box bounds)
{
    private readonly List<Box> _labels = [];
    private readonly List<Box> _obstacles = [];

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

    /// <summary>Marks an area (a bar, a marker) that labels outside it must not cover.</summary>
    public void Reserve(Box box) => _obstacles.Add(box);

    /// <summary>Takes the box if it is free of labels and obstacles; returns false (and takes nothing) if not.</summary>
    public bool TryTake(Box box) => TryTake(box, avoidObstacles: true);

    /// <summary>Takes a box inside a bar segment: it must only be free of other labels.</summary>
    public bool TryTakeInside(Box box) => TryTake(box, avoidObstacles: false);

    private bool TryTake(Box box, bool avoidObstacles)
    {
        if (!bounds.Contains(box) || _labels.Any(t => t.Intersects(box)) || (avoidObstacles && _obstacles.Any(o => o.Intersects(box))))
        {
            return false;
        }

        _labels.Add(box);
        return true;
    }
}
