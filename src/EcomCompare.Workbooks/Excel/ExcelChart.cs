namespace EcomCompare.Workbooks.Excel;

/// <summary>The kinds of native Excel chart the workbooks use.</summary>
internal enum ExcelChartKind
{
    /// <summary>Horizontal bars, segments stacked to 100%.</summary>
    BarPercentStacked,

    /// <summary>Horizontal bars, segments stacked.</summary>
    BarStacked,

    /// <summary>Horizontal bars side by side.</summary>
    BarClustered,

    /// <summary>Lines with markers.</summary>
    Line,
}

/// <summary>
/// One series: its name (a header cell, or a literal when it names a block of rows), its values and categories as
/// cell ranges of the sheet — so the chart follows edits to those cells.
/// </summary>
/// <param name="Name">The series name as shown (also the cache of <paramref name="NameCell"/>).</param>
/// <param name="NameCell">Column and row (0-based column, 1-based row) of the cell holding the name, or null for a literal name.</param>
/// <param name="Column">0-based column of the values.</param>
/// <param name="FirstRow">First data row (1-based sheet row).</param>
/// <param name="LastRow">Last data row.</param>
/// <param name="CategoryColumn">0-based column of the category labels.</param>
/// <param name="Color">Fill or line colour, <c>#RRGGBB</c>.</param>
/// <param name="Style">Lines: marker shape and dash pattern, as the SVG charts give a province (0 solid/circle, 1
/// dashed/square, 2 dotted/triangle, 3 dash-dot/diamond).</param>
internal sealed record ExcelSeries(
    string Name, (int Column, int Row)? NameCell, int Column, int FirstRow, int LastRow, int CategoryColumn, string Color, int Style = 0);

/// <summary>A native chart: kind, title, value-axis title and format, series.</summary>
internal sealed record ExcelChart(ExcelChartKind Kind, string Title, string ValueAxisTitle, string ValueFormat, IReadOnlyList<ExcelSeries> Series);
