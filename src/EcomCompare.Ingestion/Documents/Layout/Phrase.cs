namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>
/// Words of one line that stand closer together than a cell gap: a cell's text on that line, or (when the
/// cells are tight or merged) a label that spans several columns.
/// </summary>
internal sealed class Phrase
{
    private Phrase(IReadOnlyList<PlacedWord> words, double jitter)
    {
        Words = words;
        Jitter = jitter;
    }

    /// <summary>The words, left to right.</summary>
    public IReadOnlyList<PlacedWord> Words { get; }

    /// <summary>How far text of one column may stand from line to line (see <see cref="VisualLine.Jitter"/>).</summary>
    public double Jitter { get; }

    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public double Width => Right - Left;

    /// <summary>The words joined by single spaces.</summary>
    public string Text => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>
    /// True when the phrase overlaps the interval [<paramref name="left"/>, <paramref name="right"/>], or comes
    /// within <see cref="Jitter"/> of it.
    /// </summary>
    public bool Overlaps(double left, double right) => Left < right + Jitter && left < Right + Jitter;

    /// <summary>The phrase with its words moved by <paramref name="map"/> (increasing).</summary>
    public Phrase Moved(Func<double, double> map) => new(Words.Select(w => w with { Left = map(w.Left), Right = map(w.Right) }).ToList(), Jitter);

    /// <summary>Splits a line's words where the gap between two words is at least <paramref name="cellGap"/>.</summary>
    public static IReadOnlyList<Phrase> Split(IReadOnlyList<PlacedWord> words, double cellGap, double jitter)
    {
        var phrases = new List<Phrase>();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || words[i].Left - words[i - 1].Right >= cellGap || TwoAmounts(words[i - 1].Text, words[i].Text))
            {
                phrases.Add(new Phrase(words.Skip(start).Take(i - start).ToList(), jitter));
                start = i;
            }
        }

        return phrases;
    }

    // "60.000.000 160.000.000": wide amounts in narrow columns may stand one space apart, but a number never holds a
    // space, so two grouped or decimal amounts side by side are two cells ("2021 2022" is left alone).
    private static bool TwoAmounts(string left, string right) =>
        IsGroupedAmount(left) && IsGroupedAmount(right);

    private static bool IsGroupedAmount(string text) =>
        (text.Contains('.', StringComparison.Ordinal) || text.Contains(',', StringComparison.Ordinal))
        && EcomCompare.Ingestion.Text.VietnameseNumbers.TryParseAmount(text, out var amount) && amount is not null;

    public override string ToString() => FormattableString.Invariant($"{Text} [{Left:0.#}–{Right:0.#}]");
}
