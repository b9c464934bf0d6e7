namespace EcomCompare.Ingestion.Model;

/// <summary>One 2025 target a plan commits to ("Mục tiêu cụ thể").</summary>
/// <param name="IndicatorCode">The harmonized indicator (<c>other</c> when no indicator matches).</param>
/// <param name="Value">The number, or null for a target without one (e.g. "build a shared database").</param>
/// <param name="ValueMax">Upper bound of a range ("40-50%"), else null.</param>
/// <param name="Unit">Unit as in the indicator list: <c>%</c>, <c>%/year</c>, <c>USD/person/year</c>, <c>persons</c>, <c>sessions</c>, or empty.</param>
/// <param name="Comparator">How the value binds: <c>exactly</c>, <c>at-least</c>, <c>above</c>, <c>about</c>, <c>under</c>, <c>range</c>, or
/// <c>none</c>.</param>
/// <param name="Year">The year the target is for.</param>
/// <param name="Text">The original Vietnamese sentence.</param>
/// <param name="Section">The document's own heading the target stands under ("Về quy mô thị trường …").</param>
/// <param name="Origin">Document and line.</param>
public sealed record PlanTarget(
    string IndicatorCode,
    decimal? Value,
    decimal? ValueMax,
    string Unit,
    string Comparator,
    int Year,
    string Text,
    string Section,
    SourceLine Origin);
