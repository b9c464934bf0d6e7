namespace EcomCompare.Workbooks.Excel;

/// <summary>Everything a workbook holds: its sheets (in tab order) and what the sources sheet says.</summary>
internal sealed record WorkbookContent(IReadOnlyList<DataSheet> Sheets, SourcesSheet Sources);

/// <summary>The sources sheet: one row per province's plan document, then the cube build and how to refresh.</summary>
internal sealed record SourcesSheet(
    string Name,
    string Title,
    IReadOnlyList<SheetColumn> DocumentColumns,
    IReadOnlyList<IReadOnlyList<SheetCell>> Documents,
    IReadOnlyList<(string Label, string Value, bool IsLink)> Facts);
