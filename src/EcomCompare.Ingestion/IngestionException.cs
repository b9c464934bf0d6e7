namespace EcomCompare.Ingestion;

/// <summary>Bad input: says what is wrong, in which file and on which line.</summary>
public sealed class IngestionException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with <c>file:line: </c>.</summary>
    public IngestionException(string file, int line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The document (or data file) at fault.</summary>
    public string File { get; }

    /// <summary>1-based line, or 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>The problem without the location.</summary>
    public string Problem { get; }

    /// <summary>For an unknown funding-source label: the label as the document writes it (to be assigned a source).</summary>
    public string? UnknownLabel { get; internal set; }
}
