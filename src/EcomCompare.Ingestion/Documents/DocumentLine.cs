namespace EcomCompare.Ingestion.Documents;

/// <summary>A line of plan text and where it stands in the document it came from.</summary>
/// <param name="Text">The line: a paragraph, or a table row of tab-separated cells.</param>
/// <param name="Place">Where a reader finds it: "page 3, row 7", "table 2, row 5", "line 12".</param>
internal sealed record DocumentLine(string Text, string Place);
