namespace EcomCompare.Ingestion;

/// <summary>Bad input: says what is wrong, in which file and on which line.</summary>
public sealed class IngestionException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with <c>file:line: </c>.</summary>
    public IngestionException(string file, int line, string problem)
        : this(file, line, problem, place: null)
    {
    }

    /// <summary>
    /// Creates the exception about a place the document names its own way: a PDF's "page 3, row 7", a Word
    /// document's "table 2, row 5" — the message is then prefixed with <c>file (place): </c>, which a reader can find
    /// in the document as the province sent it; a text file's "line 12" keeps <c>file:12: </c>.
    /// </summary>
    public IngestionException(string file, int line, string problem, string? place)
        : base(place is { Length: > 0 } p && !p.StartsWith("line ", StringComparison.Ordinal) ? $"{file} ({p}): {problem}"
               : line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
        Place = place is { Length: > 0 } ? place : line > 0 ? $"line {line}" : string.Empty;
    }

    /// <summary>Where in the document, as it names places: "line 12", "page 3, row 7", "table 2, row 5"; empty for the whole file.</summary>
    public string Place { get; }

    /// <summary>The document (or data file) at fault.</summary>
    public string File { get; }

    /// <summary>1-based line, or 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>The problem without the location.</summary>
    public string Problem { get; }

    /// <summary>For an unknown funding-source label: the label as the document writes it (to be assigned a source).</summary>
    public string? UnknownLabel { get; internal set; }
}
