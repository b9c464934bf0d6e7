using System.Globalization;

namespace EcomCompare.Ingestion.Documents;

/// <summary>
/// How much text a plan document's lines may hold, checked as soon as its lines are read (whatever the format:
/// <see cref="DocumentLimits"/> bounds the file and its unpacking), before anything is built from them: a hostile or
/// broken document (a 10 MB item name, a million-line table) is refused with its file and line, not carried into
/// the cube and from there into every server that reads it. Real plans are far below every limit (their longest
/// line is under 1,000 characters, their largest table under 300 rows).
/// </summary>
public static class TextLimits
{
    /// <summary>The most lines a document may have.</summary>
    public const int MaxLines = 200_000;

    /// <summary>The longest line (a paragraph, or a table row with all its cells).</summary>
    public const int MaxLineChars = 16_384;

    /// <summary>The longest table cell.</summary>
    public const int MaxCellChars = 4_096;

    /// <summary>The most tables (runs of tab-separated lines) a document may have.</summary>
    public const int MaxTables = 500;

    /// <summary>The longest item (task) name.</summary>
    public const int MaxItemNameChars = 1_000;

    /// <summary>The most items one budget table may have.</summary>
    public const int MaxItems = 10_000;

    /// <summary>Refuses too many lines, a line or a cell too long, or too many tables; names the first line at fault.</summary>
    public static void CheckLines(string name, IReadOnlyList<string> lines)
    {
        if (lines.Count > MaxLines)
        {
            throw new IngestionException(name, MaxLines + 1, string.Create(CultureInfo.InvariantCulture,
                $"the document has {lines.Count:#,0} lines; at most {MaxLines:#,0} are read"));
        }

        var tables = 0;
        var inTable = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > MaxLineChars)
            {
                throw new IngestionException(name, i + 1, string.Create(CultureInfo.InvariantCulture,
                    $"the line has {line.Length:#,0} characters; at most {MaxLineChars:#,0} are read"));
            }

            var isRow = line.Contains('\t', StringComparison.Ordinal);
            if (isRow)
            {
                var cell = 0;
                foreach (var part in line.Split('\t'))
                {
                    cell++;
                    if (part.Length > MaxCellChars)
                    {
                        throw new IngestionException(name, i + 1, string.Create(CultureInfo.InvariantCulture,
                            $"cell {cell} has {part.Length:#,0} characters; at most {MaxCellChars:#,0} are read"));
                    }
                }

                if (!inTable && ++tables > MaxTables)
                {
                    throw new IngestionException(name, i + 1, string.Create(CultureInfo.InvariantCulture,
                        $"the document has more than {MaxTables} tables; at most {MaxTables} are read"));
                }
            }

            inTable = isRow;
        }
    }

    /// <summary>Refuses an item name longer than <see cref="MaxItemNameChars"/>, or one item more than <see cref="MaxItems"/>.</summary>
    public static void CheckItem(string document, int line, string name, int itemsSoFar)
    {
        if (name.Length > MaxItemNameChars)
        {
            throw new IngestionException(document, line, string.Create(CultureInfo.InvariantCulture,
                $"the item name has {name.Length:#,0} characters; at most {MaxItemNameChars:#,0} are read"));
        }

        if (itemsSoFar >= MaxItems)
        {
            throw new IngestionException(document, line, string.Create(CultureInfo.InvariantCulture,
                $"the budget table has more than {MaxItems:#,0} items; at most {MaxItems:#,0} are read"));
        }
    }
}
