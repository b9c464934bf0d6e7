using System.Text;

namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>
/// One table row rebuilt from the lines it took on the page: the words of each cell, the lines a wrapped cell
/// continued on included.
/// </summary>
internal sealed class RebuiltRow
{
    private readonly List<PlacedWord>[] _cells;

    public RebuiltRow(VisualLine first, int width, bool afterGap = false)
    {
        First = first;
        AfterGap = afterGap;
        Last = first;
        _cells = Enumerable.Range(0, width).Select(_ => new List<PlacedWord>()).ToArray();
    }

    /// <summary>The number of cells.</summary>
    public int Width => _cells.Length;

    /// <summary>The row's first line (its place in the document).</summary>
    public VisualLine First { get; }

    /// <summary>True when a wide gap on the page lies above the row: the table was written as two there.</summary>
    public bool AfterGap { get; }

    /// <summary>The last line the row's text stands on.</summary>
    public VisualLine Last { get; private set; }

    /// <summary>Puts a line's phrases into their cells.</summary>
    public void Add(VisualLine line, IReadOnlyList<(int Column, Phrase Phrase)> placed)
    {
        foreach (var (column, phrase) in placed)
        {
            _cells[column].AddRange(phrase.Words);
        }

        Last = line;
    }

    /// <summary>
    /// Puts the phrases of a line that continues this row into their cells: under a cell's text, into that cell
    /// (the lines of a label centred over several columns differ in width, and would otherwise fall to different
    /// columns); elsewhere, where they were placed.
    /// </summary>
    public void Continue(VisualLine line, IReadOnlyList<(int Column, Phrase Phrase)> placed) =>
        Add(line, placed.Select(p => (Under(p.Phrase) ?? p.Column, p.Phrase)).ToList());

    // The cell whose text the phrase overlaps most, if any.
    private int? Under(Phrase phrase)
    {
        int? best = null;
        var most = 0.0;
        for (var c = 0; c < _cells.Length; c++)
        {
            if (_cells[c].Count > 0)
            {
                var overlap = Math.Min(phrase.Right, _cells[c].Max(w => w.Right)) - Math.Max(phrase.Left, _cells[c].Min(w => w.Left));
                if (overlap > most)
                {
                    (best, most) = (c, overlap);
                }
            }
        }

        return best;
    }

    /// <summary>Every word with its cell.</summary>
    public IEnumerable<(int Column, PlacedWord Word)> Words() => _cells.SelectMany((cell, c) => cell.Select(w => (c, w)));

    /// <summary>True when no cell holds text.</summary>
    public bool IsEmpty => _cells.All(c => c.Count == 0);

    /// <summary>Moves a word of this row's cell <paramref name="from"/> to <paramref name="target"/>'s cell <paramref name="to"/>.</summary>
    public void Move(int from, PlacedWord word, RebuiltRow target, int to)
    {
        _cells[from].Remove(word);
        target._cells[to].Add(word);
    }

    /// <summary>True when the cell at <paramref name="column"/> holds text.</summary>
    public bool Has(int column) => _cells[column].Count > 0;

    /// <summary>True when any cell holds an amount: a data row, not a header row.</summary>
    public bool HasAmount => _cells.Any(c => c.Count > 0 && Tokens.IsAmount(string.Join(' ', c.Select(w => w.Text))));

    /// <summary>True when the code cell holds a row code ("I", "1", "2.1", "A"): an item or group row, not a header's.</summary>
    public bool HasRowCode => _cells[0].Count > 0 && Tokens.IsCodeOrAmount(string.Join(' ', _cells[0].Select(w => w.Text)));

    /// <summary>Moves the code and label cells of <paramref name="other"/> (a header row's, centred lower down) into this row's empty ones.</summary>
    public void TakeCodeAndLabel(RebuiltRow other)
    {
        _cells[0].AddRange(other._cells[0]);
        _cells[1].AddRange(other._cells[1]);
        other._cells[0].Clear();
        other._cells[1].Clear();
    }

    /// <summary>
    /// True when a line continues this row's cells rather than starting a row. Word and LibreOffice tables are
    /// top-aligned: every cell of a row starts on the row's first line, so a later line of the row only carries
    /// the rest of cells whose text wrapped. Such a line holds no code and no amount (a code or an amount is one
    /// token that does not wrap: it starts the next row), and each of its phrases stands under a cell of this row
    /// that holds prose, in the same weight (a bold group row does not continue an item) and size, aligned with
    /// that cell's text (left, centre or right), close below the row's last line.
    /// </summary>
    public bool ContinuesWith(VisualLine line, IReadOnlyList<(int Column, Phrase Phrase)> placed)
    {
        // Between a table's rules, the band says it, whatever the cells' alignment (centred headers, say).
        if (line.Page == Last.Page && line.Band is { } band && Last.Band is { } last)
        {
            return band == last && line.Baseline - Last.Baseline <= 2 * Math.Max(line.Height, Last.Height) && placed.Count > 0;
        }

        if ((line.Page == Last.Page && line.Baseline - Last.Baseline > 2 * Math.Max(line.Height, Last.Height))
            || Math.Abs(line.Height - Last.Height) > 0.15 * Math.Max(line.Height, Last.Height))
        {
            return false;
        }

        foreach (var (column, phrase) in placed)
        {
            var cell = _cells[column];
            if (Tokens.IsCodeOrAmount(phrase.Text) || cell.Count == 0 || Tokens.IsCodeOrAmount(string.Join(' ', cell.Select(w => w.Text)))
                || cell[^1].Bold != phrase.Words.All(w => w.Bold))
            {
                return false;
            }

            // A wrapped cell's lines are no wider than its first, give or take a word: a wide line under a short
            // cell is prose under the table (a heading at the top of the next page), not the cell's rest.
            double left = cell.Min(w => w.Left), right = cell.Max(w => w.Right), tolerance = (1.5 * line.Height) + line.Jitter;
            if (phrase.Width > (1.5 * (right - left)) + tolerance)
            {
                return false;
            }

            var aligned = Math.Abs(phrase.Left - left) <= tolerance
                || Math.Abs(phrase.Right - right) <= tolerance
                || Math.Abs((phrase.Left + phrase.Right) / 2 - (left + right) / 2) <= tolerance;
            if (!aligned)
            {
                return false;
            }
        }

        return placed.Count > 0;
    }

    /// <summary>The row as a plan-text line: cells separated by tabs, empty cells kept, bold runs in <c>&lt;b&gt;…&lt;/b&gt;</c>.</summary>
    public string Render() => string.Join('\t', _cells.Select(Words));

    /// <summary>Words joined by single spaces, consecutive bold words wrapped in one <c>&lt;b&gt;…&lt;/b&gt;</c>, NFC-normalised.</summary>
    public static string Words(IReadOnlyList<PlacedWord> words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var opens = words[i].Bold && (i == 0 || !words[i - 1].Bold);
            var closes = words[i].Bold && (i == words.Count - 1 || !words[i + 1].Bold);
            text.Append(opens ? "<b>" : string.Empty).Append(words[i].Text.Replace('\t', ' ')).Append(closes ? "</b>" : string.Empty);
        }

        // "<b>a</b> <b>b</b>" never happens above; a bold run's inner spaces stay inside its tags.
        return text.ToString().Normalize(NormalizationForm.FormC);
    }
}
