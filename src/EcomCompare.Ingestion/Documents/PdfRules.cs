using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace EcomCompare.Ingestion.Documents;

/// <summary>
/// A page's rules — the borders a table is drawn with (stroked lines, the edges of stroked cell rectangles,
/// hairline filled rectangles) — in page space from the top. Between two horizontal rules, inside a cell's walls,
/// lies one table row, whatever its cells' vertical alignment: the rules, where a table has them all round, say
/// which lines are one row.
/// </summary>
/// <param name="Horizontal">Heights of the horizontal rules, top to bottom (rules closer than 0.75 points are one).</param>
/// <param name="Segments">The horizontal rules as drawn: height, and the x of their ends.</param>
/// <param name="Vertical">Vertical rules: x, and the heights of their top and bottom ends.</param>
internal sealed record PdfRules(
    IReadOnlyList<double> Horizontal,
    IReadOnlyList<(double Y, double Left, double Right)> Segments,
    IReadOnlyList<(double X, double Top, double Bottom)> Vertical)
{
    // Shorter segments are not borders (a dash, a tick), and rules closer than this are one.
    private const double MinLength = 8, Merge = 0.75;

    /// <summary>The page's rules.</summary>
    public static PdfRules Of(Page page)
    {
        var heights = new List<double>();
        var segments = new List<(double Y, double Left, double Right)>();
        var vertical = new List<(double X, double Top, double Bottom)>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsStroked)
                {
                    // Every edge, the one a rectangle's or a closed shape's close draws included.
                    foreach (var (from, to) in Edges(subpath))
                    {
                        if (Math.Abs(from.Y - to.Y) < 0.5 && Math.Abs(from.X - to.X) >= MinLength)
                        {
                            heights.Add(page.Height - from.Y);
                            segments.Add((page.Height - from.Y, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
                        }
                        else if (Math.Abs(from.X - to.X) < 0.5 && Math.Abs(from.Y - to.Y) >= MinLength)
                        {
                            vertical.Add((from.X, page.Height - Math.Max(from.Y, to.Y), page.Height - Math.Min(from.Y, to.Y)));
                        }
                    }
                }
                else if (subpath.GetBoundingRectangle() is { } box)
                {
                    if (box.Height < 2 && box.Width >= MinLength)
                    {
                        heights.Add(page.Height - ((box.Top + box.Bottom) / 2));
                        segments.Add((page.Height - ((box.Top + box.Bottom) / 2), box.Left, box.Right));
                    }
                    else if (box.Width < 2 && box.Height >= MinLength)
                    {
                        vertical.Add(((box.Left + box.Right) / 2, page.Height - box.Top, page.Height - box.Bottom));
                    }
                }
            }
        }

        heights.Sort();
        var merged = new List<double>();
        foreach (var height in heights)
        {
            if (merged.Count == 0 || height - merged[^1] > Merge)
            {
                merged.Add(height);
            }
        }

        return new PdfRules(merged, segments, vertical);
    }

    /// <summary>
    /// The cell a word stands in, where the table is drawn with borders: the band of the cell's first row (under
    /// the nearest rule above the word that runs over it) and the x of the cell's left wall (the nearest vertical
    /// rule left of it across its baseline). A merged cell's text, centred in the cell, stands in a lower band and
    /// a later column than the cell's first; the text form writes it in the first. Null outside ruled cells.
    /// </summary>
    public (int Band, double Left)? Cell(double baseline, double left, double right)
    {
        var middle = (left + right) / 2;
        var top = Segments.Where(s => s.Y < baseline && s.Left <= middle && s.Right >= middle).Select(s => (double?)s.Y).DefaultIfEmpty(null).Max();
        var wall = Vertical.Where(v => v.X <= left + 1 && v.Top <= baseline && v.Bottom >= baseline)
            .Select(v => (double?)v.X).DefaultIfEmpty(null).Max();
        return top is { } t && wall is { } w ? (Horizontal.Count(h => h < t + Merge), w) : null;
    }

    // The straight segments a subpath draws: its lines, and the closing one back to where it started.
    private static IEnumerable<(PdfPoint From, PdfPoint To)> Edges(PdfSubpath subpath)
    {
        PdfPoint? start = null, at = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = at = move.Location;
                    break;
                case PdfSubpath.Line line:
                    yield return (line.From, line.To);
                    start ??= line.From;
                    at = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && at is { } a:
                    yield return (a, s);
                    at = s;
                    break;
            }
        }
    }

    /// <summary>
    /// The band a line stands in: the number of horizontal rules above its baseline, when a rule lies above it,
    /// another below, and a cell wall (a vertical rule across its baseline) left of its start — a line in a table
    /// drawn with borders all round; null otherwise (text outside tables, tables ruled only between rows).
    /// </summary>
    public int? Band(double baseline, double left)
    {
        var above = Horizontal.Count(r => r < baseline);
        var walled = Vertical.Any(v => v.X <= left + 1 && v.Top <= baseline && v.Bottom >= baseline);
        return above > 0 && above < Horizontal.Count && walled ? above : null;
    }
}
