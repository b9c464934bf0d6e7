namespace EcomCompare.Ingestion.Documents;

/// <summary>Errors about a place in a document, worded with the document's own kind of place.</summary>
internal static class PlanTextErrors
{
    /// <summary>
    /// An <see cref="IngestionException"/> about line <paramref name="line"/> of the document (0: the whole document),
    /// placed as the document names its places: "page 3, row 7" in a PDF, "table 2, row 5" in a Word document.
    /// </summary>
    public static IngestionException Error(this PlanText text, int line, string problem) => new(text.Name, line, problem, text.Place(line));
}
