namespace EcomCompare.Dashboard.Data;

/// <summary>Where an item's money is written: its document and the first and last line of its amounts.</summary>
/// <param name="ItemKey"><c>province/item</c>.</param>
/// <param name="Document">Source document file name.</param>
/// <param name="FirstLine">First line (1-based) carrying one of its amounts.</param>
/// <param name="LastLine">Last such line.</param>
/// <param name="IsUnitemized">True for money a group header states beyond its items (kept as an explicit fact).</param>
public sealed record ItemSource(string ItemKey, string Document, int FirstLine, int LastLine, bool IsUnitemized);
