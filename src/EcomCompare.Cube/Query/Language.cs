namespace EcomCompare.Cube.Query;

/// <summary>
/// The language of everything a reader sees — member labels from the cube, words, numbers. One type for every
/// surface; its address token (<c>lang=vi|en</c>) is written and read in one place (the views' token table).
/// </summary>
public enum Language
{
    /// <summary>Vietnamese, the default: "1.234,5", "triệu đồng", the cube's Vietnamese labels.</summary>
    Vi,

    /// <summary>English: "1,234.5", "million VND", the cube's English labels.</summary>
    En,
}
