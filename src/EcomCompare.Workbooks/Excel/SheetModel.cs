namespace EcomCompare.Workbooks.Excel;

/// <summary>How a column's cells are stored and formatted.</summary>
internal enum ColumnKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A whole number shown without grouping (years, line numbers).</summary>
    Integer,

    /// <summary>Million VND: <c>#,##0.0</c>.</summary>
    Money,

    /// <summary>A share 0–1: <c>0.0%</c>.</summary>
    Share,

    /// <summary>A number in a unit given beside it (a target's value): <c>#,##0.##</c>, no unit in its header.</summary>
    Number,
}

/// <summary>A column: header, kind, width in characters.</summary>
internal sealed record SheetColumn(string Header, ColumnKind Kind, double Width);

/// <summary>
/// A cell: its value (string, int, long, decimal or double; null = empty) and, if it is computed in the sheet, its
/// formula (A1 style, no leading '='). A formula cell carries the value as its cached result.
/// </summary>
internal sealed record SheetCell(object? Value, string? Formula = null)
{
    // Casts to object pick the (Value, Formula) constructor, not the record's copy constructor through this very conversion.
    public static implicit operator SheetCell(string? text) => new((object?)text, null);

    public static implicit operator SheetCell(decimal value) => new((object?)value, null);

    public static implicit operator SheetCell(int value) => new((object?)value, null);
}

/// <summary>A table sheet: a header row, then rows; frozen header, autofilter over the whole table.</summary>
internal sealed record DataSheet(string Name, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)
{
    /// <summary>A chart drawn under the table, referencing its cells.</summary>
    public ExcelChart? Chart { get; init; }

    /// <summary>What a printed page of this sheet says at its top (the workbook's title and filter); empty: nothing.</summary>
    public string PrintTitle { get; init; } = string.Empty;

    /// <summary>Text cells wrap within their column (rows as tall as their longest text) rather than run on.</summary>
    public bool WrapText { get; init; }

    /// <summary>A sentence written under the table, e.g. that the selection has no data.</summary>
    public string? Note { get; init; }
}

/// <summary>What every printed page says: its header (title and filter), its footer (build time, page number).</summary>
/// <param name="Footer">Left of the footer: where the data comes from and when it was built.</param>
/// <param name="PageOf">"Trang {0} / {1}": the page number and count (Excel's <c>&amp;P</c>, <c>&amp;N</c> fill them).</param>
internal sealed record PrintWords(string Footer, string PageOf);
