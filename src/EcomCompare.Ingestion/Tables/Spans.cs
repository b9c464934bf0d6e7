namespace EcomCompare.Ingestion.Tables;

/// <summary>
/// Which header label covers each cell of a table's header (merged cells lose their span in text and PDF). Row by
/// row, top down, within the span of the label above: where the row's labels split the columns into equal blocks,
/// one label in each, a label covers its block (text and Word put a merged label first in its span, a PDF mid-span:
/// both lie in their block); otherwise a label covers the empty cells to its right. A column under nothing but
/// totals, attributes and the like is its own: a vertically merged cell such as "Tổng cộng" or "Đơn vị chủ trì".
/// </summary>
internal static class Spans
{
    /// <summary>For each header row and column from 2 on, the label that covers it (null: none).</summary>
    public static HeaderCell?[][] Cover(HeaderCell[][] cells, int width)
    {
        var rows = cells.Length;
        var cover = new HeaderCell?[rows][];
        for (var r = 0; r < rows; r++)
        {
            cover[r] = new HeaderCell?[width];
            foreach (var (start, end) in Segments(r == 0 ? null : cover[r - 1], width))
            {
                CoverSegment(cells, r, start, end, cover[r]);
            }
        }

        return cover;
    }

    // Runs of columns under the same label of the row above (or under none): a row's labels stay inside them.
    private static IEnumerable<(int Start, int End)> Segments(HeaderCell?[]? above, int width)
    {
        if (above is null)
        {
            yield return (2, width);
            yield break;
        }

        var start = 2;
        for (var c = 3; c <= width; c++)
        {
            if (c == width || !ReferenceEquals(above[c], above[start]))
            {
                yield return (start, c);
                start = c;
            }
        }
    }

    private static void CoverSegment(HeaderCell[][] cells, int r, int start, int end, HeaderCell?[] cover)
    {
        var anchors = Enumerable.Range(start, end - start).Where(c => cells[r][c].Kind != HeaderKind.Empty).ToList();
        if (anchors.Count == 0)
        {
            return;
        }

        if (Blocks(cells, r, start, end, anchors) is { } blocks)
        {
            foreach (var (anchor, from, to) in blocks)
            {
                for (var c = from; c < to; c++)
                {
                    cover[c] = cells[r][anchor];
                }
            }

            return;
        }

        // A label covers the empty cells to its right, up to the next label.
        for (var i = 0; i < anchors.Count; i++)
        {
            var to = i + 1 < anchors.Count ? anchors[i + 1] : end;
            for (var c = anchors[i]; c < to; c++)
            {
                cover[c] = cells[r][anchors[i]];
            }
        }
    }

    // Equal blocks, one label in each, in every run of columns between the columns that are their own; null when
    // the labels do not split the columns so (then the text convention holds).
    private static List<(int Anchor, int From, int To)>? Blocks(HeaderCell[][] cells, int r, int start, int end, List<int> anchors)
    {
        if (r + 1 >= cells.Length)
        {
            return null; // the last header row has nothing below to split by
        }

        var own = Enumerable.Range(start, end - start).Where(c => IsOwnColumn(cells, r, c)).ToHashSet();
        var blocks = new List<(int, int, int)>();
        foreach (var c in anchors.Where(own.Contains))
        {
            blocks.Add((c, c, c + 1));
        }

        var parents = anchors.Where(c => !own.Contains(c)).ToList();
        var run = new List<int>();
        for (var c = start; c <= end; c++)
        {
            if (c < end && !own.Contains(c))
            {
                run.Add(c);
                continue;
            }

            if (run.Count > 0)
            {
                var inRun = parents.Where(run.Contains).ToList();
                if (inRun.Count > 0)
                {
                    if (run.Count % inRun.Count != 0)
                    {
                        return null;
                    }

                    var size = run.Count / inRun.Count;
                    for (var i = 0; i < inRun.Count; i++)
                    {
                        var from = run[i * size];
                        var to = run[(i * size) + size - 1] + 1;
                        if (inRun[i] < from || inRun[i] >= to || to - from != size)
                        {
                            return null;
                        }

                        blocks.Add((inRun[i], from, to));
                    }
                }

                run.Clear();
            }
        }

        return blocks;
    }

    // A column that is its own below row r: nothing under row r, or only labels that never head other columns
    // (a total, an attribute, a unit-cost title) — a vertically merged cell, wherever its text landed.
    private static bool IsOwnColumn(HeaderCell[][] cells, int r, int c)
    {
        var below = Enumerable.Range(r + 1, cells.Length - r - 1).Select(b => cells[b][c]).Where(h => h.Kind != HeaderKind.Empty).ToList();
        var here = cells[r][c];
        if (below.Count == 0)
        {
            return here.Kind != HeaderKind.Empty;
        }

        return below.All(h => h.Kind is HeaderKind.Total or HeaderKind.Attribute or HeaderKind.NotMoney)
            && here.Kind is HeaderKind.Empty or HeaderKind.Total or HeaderKind.Attribute or HeaderKind.NotMoney
            && !Enumerable.Range(0, cells.Length).Any(b => b != r && cells[b][c].Kind is HeaderKind.Year or HeaderKind.Source);
    }
}
