namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>A table column: the x-interval its cells' text occupies.</summary>
/// <param name="Left">Leftmost edge of any text in the column.</param>
/// <param name="Right">Rightmost edge of any text in the column.</param>
internal readonly record struct Column(double Left, double Right);

/// <summary>
/// A table's columns from where its text stands, for PDF words (points) and <c>pdftotext -layout</c> text
/// (character columns) alike. Columns are what the gutters leave: phrases that overlap stand in one column, and
/// between two columns is an interval no phrase of the table's rows crosses. Numbers are often right-aligned
/// and text left-aligned or centred, so a column's extent is the union of its phrases, whatever their alignment.
/// </summary>
/// <remarks>
/// Two things cross gutters and must not join the columns they cross: a header label merged over several
/// columns (a year over its three sources) and a totals label merged over the code and label columns. A phrase
/// that stands over a gap between two phrases of another row is such a label and names no column. The others
/// are taken narrowest first; one that overlaps two columns already found, which some row shows to be two (text
/// in both), is a spanning label too; over pieces no row shows apart, it joins them. Last, a column of header
/// text beside a column of amounts, never in the same row, is one column seen twice: a short centred header over
/// right-aligned numbers that it does not overlap (its rows hold no amount at all: header rows, on the first
/// page or repeated on a later one).
/// </remarks>
internal static class ColumnFinder
{
    /// <summary>The columns of a table given the phrases of each of its rows, left to right.</summary>
    public static IReadOnlyList<Column> Find(IReadOnlyList<IReadOnlyList<Phrase>> rows)
    {
        var clusters = new List<Cluster>();
        var gutters = Gutters(rows);
        var phrases = rows.SelectMany((row, index) => row.Select(p => (Phrase: p, Row: index)))
            .Where(p => !CrossesAGutter(p.Phrase, p.Row, gutters))
            .OrderBy(p => p.Phrase.Width).ThenBy(p => p.Phrase.Left);
        foreach (var (phrase, row) in phrases)
        {
            var hits = clusters.Where(c => phrase.Overlaps(c.Left, c.Right)).ToList();
            if (hits.Count == 0)
            {
                clusters.Add(new Cluster(phrase, row));
            }
            else if (hits.Count == 1)
            {
                hits[0].Add(phrase, row);
            }
            else if (!hits.Any(a => hits.Any(b => a != b && a.Rows.Overlaps(b.Rows))))
            {
                // Pieces of one column (a short totals label, a centred header) that no row shows apart: the wide
                // phrase over them is that column's text, and joins them.
                foreach (var other in hits.Skip(1))
                {
                    hits[0].Absorb(other);
                    clusters.Remove(other);
                }

                hits[0].Add(phrase, row);
            }
        }

        var headerRows = rows.Select(r => r.All(p => !Tokens.IsAmount(p.Text))).ToList();
        clusters.Sort((a, b) => a.Left.CompareTo(b.Left));
        for (var i = 0; i + 1 < clusters.Count;)
        {
            if (!IsHeaderOverAmounts(clusters[i], clusters[i + 1], headerRows) && !IsHeaderOverAmounts(clusters[i + 1], clusters[i], headerRows))
            {
                i++;
            }
            else
            {
                clusters[i].Absorb(clusters[i + 1]);
                clusters.RemoveAt(i + 1);
            }
        }

        return clusters.Select(c => new Column(c.Left, c.Right)).ToList();
    }

    // Each row's gutters: the gaps between its phrases side by side (phrases stacked in one column, as a band's
    // lines are, count as one), sorted by their left end.
    private static List<(double Left, double Right, int Row)> Gutters(IReadOnlyList<IReadOnlyList<Phrase>> rows)
    {
        var gutters = new List<(double Left, double Right, int Row)>();
        for (var r = 0; r < rows.Count; r++)
        {
            double? right = null;
            foreach (var phrase in rows[r].OrderBy(p => p.Left))
            {
                if (right is { } end && phrase.Left > end)
                {
                    gutters.Add((end, phrase.Left, r));
                }

                right = Math.Max(right ?? phrase.Right, phrase.Right);
            }
        }

        gutters.Sort((a, b) => a.Left.CompareTo(b.Left));
        return gutters;
    }

    // A phrase over a gutter of another row stands over two of its cells: a label merged over several columns
    // (a year over its sources, "Trong đó" over the sources, a totals label over code and label), which names no
    // column of its own — whatever its width, and before any column is found.
    private static bool CrossesAGutter(Phrase phrase, int row, List<(double Left, double Right, int Row)> gutters)
    {
        var low = 0;
        var high = gutters.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (gutters[mid].Left <= phrase.Left)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var g = low; g < gutters.Count && gutters[g].Left < phrase.Right; g++)
        {
            if (gutters[g].Row != row && gutters[g].Right < phrase.Right)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The column a phrase belongs to: the leftmost column it overlaps by a fair part (a label merged over several
    /// columns goes to the first of them, as a merged cell is written in text — its label, then empty cells); a
    /// phrase that stands in a gutter goes to the nearest column.
    /// </summary>
    public static int Assign(IReadOnlyList<Column> columns, Phrase phrase)
    {
        var nearest = 0;
        var distance = double.MaxValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var overlap = Math.Min(phrase.Right, column.Right) - Math.Max(phrase.Left, column.Left);
            if (overlap > 0 && overlap >= Math.Min(phrase.Width, column.Right - column.Left) / 4)
            {
                return c;
            }

            var d = overlap > 0 ? 0 : -overlap;
            if (d < distance)
            {
                distance = d;
                nearest = c;
            }
        }

        return nearest;
    }

    /// <summary>How many columns a phrase overlaps: more than one for a label merged over several.</summary>
    public static int Spans(IReadOnlyList<Column> columns, Phrase phrase) => columns.Count(c => phrase.Overlaps(c.Left, c.Right));

    /// <summary>
    /// True when the columns found on a new page continue the table above: they start where its first column
    /// starts, and each of them stands under one of the table's columns at most, no two under the same one (a
    /// column may be empty on either side of the break).
    /// </summary>
    public static bool Continues(IReadOnlyList<Column> table, IReadOnlyList<Column> next, double jitter)
    {
        if (next.Count < 2 || Math.Abs(next[0].Left - table[0].Left) > jitter + ((table[^1].Right - table[0].Left) / 50))
        {
            return false;
        }

        bool Overlap(Column a, Column b) => a.Left < b.Right + jitter && b.Left < a.Right + jitter;
        var under = next.Select(n => Enumerable.Range(0, table.Count).Where(t => Overlap(table[t], n)).ToList()).ToList();
        return under.All(u => u.Count <= 1) && under.Where(u => u.Count == 1).Select(u => u[0]).Distinct().Count() == under.Count(u => u.Count == 1)
            && under.Count(u => u.Count == 1) >= 2;
    }

    // Header text, in rows with no amount, beside a column of amounts and in none of its rows.
    private static bool IsHeaderOverAmounts(Cluster header, Cluster amounts, List<bool> headerRows) =>
        header.Amounts == 0 && amounts.Amounts * 2 > amounts.Phrases && header.Rows.All(r => headerRows[r]) && !header.Rows.Overlaps(amounts.Rows);

    private sealed class Cluster(Phrase phrase, int row)
    {
        public double Left { get; private set; } = phrase.Left;

        public double Right { get; private set; } = phrase.Right;

        public HashSet<int> Rows { get; } = [row];

        public int Phrases { get; private set; } = 1;

        public int Amounts { get; private set; } = Tokens.IsAmount(phrase.Text) ? 1 : 0;

        public void Add(Phrase phrase, int row)
        {
            Left = Math.Min(Left, phrase.Left);
            Right = Math.Max(Right, phrase.Right);
            Rows.Add(row);
            Phrases++;
            Amounts += Tokens.IsAmount(phrase.Text) ? 1 : 0;
        }

        public void Absorb(Cluster other)
        {
            Left = Math.Min(Left, other.Left);
            Right = Math.Max(Right, other.Right);
            Rows.UnionWith(other.Rows);
            Phrases += other.Phrases;
            Amounts += other.Amounts;
        }
    }
}
