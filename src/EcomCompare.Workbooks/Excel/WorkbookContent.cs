namespace EcomCompare.Workbooks.Excel;

/// <summary>Everything a workbook holds: its cover (first), its table sheets (in tab order) and what every printed page says.</summary>
internal sealed record WorkbookContent(CoverSheet Cover, IReadOnlyList<DataSheet> Sheets, PrintWords Print);

/// <summary>
/// The first sheet, so that the file stands alone: its title; what it holds and for which provinces, years,
/// sources, categories and measure, the units and the build time; the plan documents the figures come from; then
/// the technical details (build id, the OData address that refreshes it).
/// </summary>
internal sealed record CoverSheet(
    string Name,
    string Title,
    IReadOnlyList<(string Label, string Value)> Scope,
    string? Warning,
    string DocumentsHeading,
    IReadOnlyList<SheetColumn> DocumentColumns,
    IReadOnlyList<IReadOnlyList<SheetCell>> Documents,
    string FactsHeading,
    IReadOnlyList<(string Label, string Value, bool IsLink)> Facts);
