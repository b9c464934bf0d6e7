namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>
/// Joins the lines a paragraph was wrapped onto back into one line, as the text form has it (the readers of
/// stated totals and targets read sentences, which wrap anywhere).
/// </summary>
internal static class Paragraphs
{
    // Consecutive lines of a paragraph are at most this many font heights apart (more is a paragraph's spacing).
    private const double LineGap = 1.5;

    /// <summary>Each paragraph's lines, in order.</summary>
    /// <param name="lines">Lines outside tables, in reading order.</param>
    /// <param name="margin">The right edge of the text area on a page.</param>
    public static IReadOnlyList<IReadOnlyList<VisualLine>> Join(IReadOnlyList<VisualLine> lines, Func<int, double> margin)
    {
        var paragraphs = new List<List<VisualLine>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && Continues(lines[i - 1], lines[i], margin(lines[i - 1].Page), paragraphs[^1].Count))
            {
                paragraphs[^1].Add(lines[i]);
            }
            else
            {
                paragraphs.Add([lines[i]]);
            }
        }

        return paragraphs;
    }

    // A line continues the one above when the one above was full (the next line's first word would not have fit
    // on it: it wrapped, it did not end), they are close and of one size, and the line is neither indented
    // further nor a new list item.
    private static bool Continues(VisualLine above, VisualLine line, double margin, int linesSoFar)
    {
        var height = Math.Max(above.Height, line.Height);
        if (Math.Abs(above.Height - line.Height) > 0.15 * height)
        {
            return false;
        }

        var close = line.Page == above.Page
            ? line.Baseline - above.Baseline <= LineGap * height
            : line.Page == above.Page + 1;
        if (!close)
        {
            return false;
        }

        // In layout text a full line's length in characters varies with its letters' widths: allow for it.
        var first = line.Words[0];
        var space = line.CellGap / 2;
        var slack = line.Jitter > 0 ? 0.15 * margin : 0;
        var wrapped = above.Right + space + (first.Right - first.Left) > margin - slack;
        var indented = line.Left > above.Left + height && (linesSoFar > 1 || line.Left > above.Left + 2 * height);
        return wrapped && !indented && first.Text is not ("-" or "–" or "+" or "•") && !first.Text.StartsWith('•');
    }
}
