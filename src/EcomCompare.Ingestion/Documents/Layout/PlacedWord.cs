namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>
/// A word as it was placed: its text and its horizontal extent — points for a PDF, character columns for
/// <c>pdftotext -layout</c> text — so one column-finding algorithm serves both.
/// </summary>
/// <param name="Text">The word, NFC-normalised.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge (greater than <paramref name="Left"/>).</param>
/// <param name="Bold">True when its font is bold (group and totals rows are).</param>
internal readonly record struct PlacedWord(string Text, double Left, double Right, bool Bold)
{
    /// <summary>The band of the first row of the ruled cell the word stands in (a PDF table with borders), or null.</summary>
    public int? CellBand { get; init; }

    /// <summary>The x of the left wall of the ruled cell the word stands in, or null.</summary>
    public double? CellLeft { get; init; }
}
