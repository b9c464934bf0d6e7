namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>
/// One line as laid out: the words on one baseline, left to right. Its phrases are found once, when it is made;
/// <see cref="Moved"/> keeps them when the words move (a <c>with</c> copy of other words would keep stale ones).
/// </summary>
/// <param name="Page">1-based page.</param>
/// <param name="Number">1-based line on the page (PDF) or in the file (layout text): what a place names.</param>
/// <param name="Baseline">Distance of the baseline from the top of the page, growing downwards (points, or lines).</param>
/// <param name="Height">Font size (points), or 1 for a line of layout text.</param>
/// <param name="CellGap">The smallest gap between two words that separates two cells rather than two words of one cell.</param>
/// <param name="Jitter">
/// How far text of one column may stand from line to line: 0 in a PDF; two characters in <c>pdftotext -layout</c>
/// text, which rounds each line's positions to characters on its own.
/// </param>
/// <param name="Words">The words, left to right.</param>
internal sealed record VisualLine(
    int Page, int Number, double Baseline, double Height, double CellGap, double Jitter, IReadOnlyList<PlacedWord> Words)
{
    /// <summary>The line's words grouped into phrases: runs of words closer than <see cref="CellGap"/>.</summary>
    public IReadOnlyList<Phrase> Phrases { get; private init; } = Phrase.Split(Words, CellGap, Jitter);

    /// <summary>
    /// Which band between two horizontal rules of its page the line stands in (a PDF table drawn with borders), or
    /// null: two lines in one band are one table row, two in different bands are two.
    /// </summary>
    public int? Band { get; init; }

    /// <summary>The line with its words moved by <paramref name="map"/> (increasing), grouped into the same phrases as before.</summary>
    public VisualLine Moved(Func<double, double> map) => this with
    {
        Words = Words.Select(w => w with { Left = map(w.Left), Right = map(w.Right) }).ToList(),
        Phrases = Phrases.Select(p => p.Moved(map)).ToList(),
    };

    /// <summary>Left edge of the first word.</summary>
    public double Left => Words[0].Left;

    /// <summary>Right edge of the last word.</summary>
    public double Right => Words[^1].Right;

    /// <summary>The words joined by single spaces.</summary>
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}
