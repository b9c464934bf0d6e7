namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>
/// Lines up a page of <c>pdftotext -layout</c> text with the table it continues. pdftotext turns positions into
/// character columns page by page, from the text on that page: one table's columns stand a few characters apart
/// from one page to the next, and much closer together on a page whose cells happen to be short. The columns found
/// at the head of the page are matched in order with the table's (an empty column on either side left unmatched,
/// the least drift overall), and the page is stretched piece by piece between the matched columns.
/// </summary>
internal static class PageAlignment
{
    // How far, in characters, two pages may put one column apart and still be taken for a near match.
    private const double NearDrift = 6;

    /// <summary>
    /// The page's lines moved onto the table's columns, or null when the columns at the head of the page do not
    /// match the table's: their first columns stand apart, or too few columns match — three in five when every
    /// match is near, else four in five of the larger side.
    /// </summary>
    public static IReadOnlyList<VisualLine>? Onto(IReadOnlyList<Column> table, IReadOnlyList<Column> head, IReadOnlyList<VisualLine> page)
    {
        var anchors = Anchors(table, head);
        return anchors.Count == 0 ? null : page.Select(l => l.Moved(x => Map(anchors, x))).ToList();
    }

    // Matched edges (next page → page before), increasing on both sides: the columns matched in order, most
    // matches first and then the least drift; none when too few columns match to trust it.
    private static List<(double From, double To)> Anchors(IReadOnlyList<Column> table, IReadOnlyList<Column> next)
    {
        int m = table.Count, n = next.Count;
        var matches = new int[m + 1, n + 1];
        var drift = new double[m + 1, n + 1];
        for (var i = 1; i <= m; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                (matches[i, j], drift[i, j]) = Better((matches[i - 1, j], drift[i - 1, j]), (matches[i, j - 1], drift[i, j - 1]));
                var d = Drift(table[i - 1], next[j - 1]);
                (matches[i, j], drift[i, j]) = Better((matches[i, j], drift[i, j]), (matches[i - 1, j - 1] + 1, drift[i - 1, j - 1] + d));
            }
        }

        if (Drift(table[0], next[0]) > NearDrift)
        {
            return [];
        }

        var pairs = new List<(Column Table, Column Next)>();
        for (int i = m, j = n; i > 0 && j > 0;)
        {
            var d = Drift(table[i - 1], next[j - 1]);
            if (matches[i, j] == matches[i - 1, j - 1] + 1 && Math.Abs(drift[i, j] - (drift[i - 1, j - 1] + d)) < 1e-9)
            {
                pairs.Add((table[i - 1], next[j - 1]));
                i--;
                j--;
            }
            else if (matches[i, j] == matches[i - 1, j] && Math.Abs(drift[i, j] - drift[i - 1, j]) < 1e-9)
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        pairs.Reverse();
        var near = pairs.All(p => Drift(p.Table, p.Next) <= NearDrift);
        if (near ? pairs.Count < Math.Max(2, 0.6 * Math.Min(m, n)) : pairs.Count < 0.8 * Math.Max(m, n))
        {
            return [];
        }

        var anchors = new List<(double From, double To)>();
        foreach (var (t, x) in pairs)
        {
            foreach (var anchor in new[] { (x.Left, t.Left), (x.Right, t.Right) })
            {
                if (anchors.Count == 0 || (anchor.Item1 > anchors[^1].From && anchor.Item2 > anchors[^1].To))
                {
                    anchors.Add(anchor);
                }
            }
        }

        return anchors;
    }

    private static (int Matches, double Drift) Better((int Matches, double Drift) a, (int Matches, double Drift) b) =>
        b.Matches > a.Matches || (b.Matches == a.Matches && b.Drift < a.Drift) ? b : a;

    // How far apart two columns stand: their nearer-aligned edges (left for left-aligned text, right for right-aligned).
    private static double Drift(Column a, Column b) => Math.Min(Math.Abs(a.Left - b.Left), Math.Abs(a.Right - b.Right));

    // Piecewise linear between anchors; beyond them, shifted as the nearest anchor.
    private static double Map(List<(double From, double To)> anchors, double x)
    {
        if (x <= anchors[0].From)
        {
            return x + anchors[0].To - anchors[0].From;
        }

        for (var k = 1; k < anchors.Count; k++)
        {
            if (x <= anchors[k].From)
            {
                var (a, b) = (anchors[k - 1], anchors[k]);
                return a.To + ((x - a.From) * (b.To - a.To) / (b.From - a.From));
            }
        }

        return x + anchors[^1].To - anchors[^1].From;
    }
}
