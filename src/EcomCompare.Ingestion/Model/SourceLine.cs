namespace EcomCompare.Ingestion.Model;

/// <summary>Provenance: the document file and 1-based line a figure was read from.</summary>
public readonly record struct SourceLine(string Document, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{Document}:{Line}";
}
