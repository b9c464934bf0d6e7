using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EcomCompare.Workbooks.Excel;

/// <summary>
/// Writes a <see cref="WorkbookContent"/> as an .xlsx with DocumentFormat.OpenXml: first the cover (what the file
/// holds, its filter and sources, with working hyperlinks); then each table sheet with typed cells, number formats,
/// a frozen header row, an autofilter and column widths, its native chart under it (<see cref="ExcelChartWriter"/>);
/// every sheet set up to print on A4 (one page wide, header row repeated, title and page numbers on every page).
/// </summary>
internal static class WorkbookWriter
{
    /// <summary>A4 in SpreadsheetML's paper sizes.</summary>
    private const uint A4 = 9;

    /// <summary>Wider than this (in characters of column width), a sheet prints landscape: A4 portrait holds about 100.</summary>
    private const double PortraitWidth = 100;

    /// <summary>A sheet of at most this many rows (table, chart and note) prints on one page: fit to one page tall.</summary>
    private const int OnePageRows = 60;

    /// <summary>The chart under a table: this many rows tall, about this many characters wide.</summary>
    private const int ChartRows = 20;
    private const double ChartWidth = 100;

    /// <summary>Excel's default column width in characters.</summary>
    private const double DefaultWidth = 8.43;

    public static byte[] Write(WorkbookContent content)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            var strings = new SharedStrings();
            var sheets = new Sheets();
            var definedNames = new DefinedNames();

            var coverPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteCover(coverPart, content.Cover, content.Print, strings);
            sheets.Append(new Sheet { Name = content.Cover.Name, SheetId = 1, Id = workbookPart.GetIdOfPart(coverPart) });

            uint sheetId = 2;
            foreach (var sheet in content.Sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                WriteDataSheet(part, sheet, content.Print, strings);
                sheets.Append(new Sheet { Name = sheet.Name, SheetId = sheetId, Id = workbookPart.GetIdOfPart(part) });
                var name = CellReference.Sheet(sheet.Name);
                // Excel's own name for an autofilter's range; some readers look for it.
                definedNames.Append(new DefinedName(name + "!" + AbsoluteArea(sheet.Columns.Count, sheet.Rows.Count + 1))
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = sheetId - 1,
                    Hidden = true,
                });
                // The header row on every printed page.
                definedNames.Append(new DefinedName(name + "!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetId - 1 });
                sheetId++;
            }

            workbookPart.Workbook.Append(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheets,
                definedNames,
                new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void WriteDataSheet(WorksheetPart part, DataSheet sheet, PrintWords print, SharedStrings strings)
    {
        var data = new SheetData();
        // Tall enough for the longest wrapped header (a unit in brackets often takes a second line).
        var headerLines = sheet.Columns.Max(c => Lines(c.Header, c.Width));
        var header = new Row { RowIndex = 1, Height = 15 * headerLines, CustomHeight = true };
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            header.Append(TextCell(c, 1, sheet.Columns[c].Header, strings, WorkbookStyles.Header));
        }

        data.Append(header);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var rowIndex = r + 2;
            var row = new Row { RowIndex = (uint)rowIndex };
            if (sheet.WrapText)
            {
                row.Height = 15 * sheet.Rows[r].Select((v, c) => v.Value is string text && c < sheet.Columns.Count
                    ? Lines(text, sheet.Columns[c].Width) : 1).DefaultIfEmpty(1).Max();
                row.CustomHeight = true;
            }

            for (var c = 0; c < sheet.Columns.Count && c < sheet.Rows[r].Count; c++)
            {
                var kind = sheet.Columns[c].Kind;
                var style = sheet.WrapText && kind == ColumnKind.Text ? WorkbookStyles.Wrap : WorkbookStyles.For(kind);
                if (ValueCell(c, rowIndex, sheet.Rows[r][c], style, strings) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        // Under the table, one row apart: its note, then its chart.
        var next = sheet.Rows.Count + 3;
        if (sheet.Note is { } note)
        {
            data.Append(new Row(TextCell(0, next, note, strings, WorkbookStyles.Label)) { RowIndex = (uint)next });
            next += 2;
        }

        var lastColumn = CellReference.Column(sheet.Columns.Count - 1);
        var tableWidth = sheet.Columns.Sum(c => c.Width);
        var chartColumns = sheet.Chart is null ? 0 : ColumnsFor(sheet.Columns.Select(c => c.Width).ToList(), ChartWidth);
        var usedRows = next - 1 + (sheet.Chart is null ? 0 : ChartRows);
        var worksheet = new Worksheet(
            PageFit(),
            new SheetDimension { Reference = "A1:" + CellReference.Of(sheet.Columns.Count - 1, sheet.Rows.Count + 1) },
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection
                {
                    Pane = PaneValues.BottomLeft,
                    ActiveCell = "A2",
                    SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")])
                })
            { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Columns(sheet.Columns.Select(c => c.Width)),
            data,
            new AutoFilter { Reference = "A1:" + lastColumn + (sheet.Rows.Count + 1).ToString(CultureInfo.InvariantCulture) });
        AppendPrintSetup(worksheet, Math.Max(tableWidth, sheet.Chart is null ? 0 : ChartWidth), usedRows, sheet.PrintTitle, print);
        part.Worksheet = worksheet;
        if (sheet.Chart is { } chart)
        {
            ExcelChartWriter.Add(part, sheet, chart, fromColumn: 0, fromRow: next - 1, toColumn: chartColumns, toRow: next - 1 + ChartRows);
        }

        worksheet.Save();
    }

    private static void WriteCover(WorksheetPart part, CoverSheet cover, PrintWords print, SharedStrings strings)
    {
        var data = new SheetData();
        var hyperlinks = new Hyperlinks();
        var rowIndex = 1;
        void Add(Row row) => data.Append(row);

        Add(new Row(TextCell(0, rowIndex, cover.Title, strings, WorkbookStyles.Title))
        {
            RowIndex = (uint)rowIndex,
            Height = 21,
            CustomHeight = true,
        });
        rowIndex += 2;
        // Wrapped cells get their rows' height written: not every reader fits rows to wrapped text on opening.
        var valueWidth = cover.DocumentColumns[1].Width;
        foreach (var (label, value) in cover.Scope)
        {
            Add(new Row(TextCell(0, rowIndex, label, strings, WorkbookStyles.Label), TextCell(1, rowIndex, value, strings, WorkbookStyles.Wrap))
            {
                RowIndex = (uint)rowIndex,
                Height = 15 * Lines(value, valueWidth),
                CustomHeight = true,
            });
            rowIndex++;
        }

        if (cover.Warning is { } warning)
        {
            rowIndex++;
            Add(new Row(TextCell(0, rowIndex, warning, strings, WorkbookStyles.Warning)) { RowIndex = (uint)rowIndex });
            rowIndex++;
        }

        rowIndex++;
        Add(new Row(TextCell(0, rowIndex, cover.DocumentsHeading, strings, WorkbookStyles.Label)) { RowIndex = (uint)rowIndex });
        rowIndex++;
        var header = new Row { RowIndex = (uint)rowIndex, Height = 30, CustomHeight = true };
        for (var c = 0; c < cover.DocumentColumns.Count; c++)
        {
            header.Append(TextCell(c, rowIndex, cover.DocumentColumns[c].Header, strings, WorkbookStyles.Header));
        }

        Add(header);
        foreach (var document in cover.Documents)
        {
            rowIndex++;
            var lines = document.Select((cell, c) => cell.Value is string text && c < cover.DocumentColumns.Count
                ? Lines(text, cover.DocumentColumns[c].Width) : 1).DefaultIfEmpty(1).Max();
            var row = new Row { RowIndex = (uint)rowIndex, Height = 15 * lines, CustomHeight = true };
            for (var c = 0; c < cover.DocumentColumns.Count && c < document.Count; c++)
            {
                var kind = cover.DocumentColumns[c].Kind;
                var style = kind == ColumnKind.Text ? WorkbookStyles.Wrap : WorkbookStyles.For(kind);
                if (ValueCell(c, rowIndex, document[c], style, strings) is { } cell)
                {
                    row.Append(cell);
                }
            }

            Add(row);
        }

        rowIndex += 2;
        Add(new Row(TextCell(0, rowIndex, cover.FactsHeading, strings, WorkbookStyles.Label)) { RowIndex = (uint)rowIndex });
        foreach (var (label, value, isLink) in cover.Facts)
        {
            rowIndex++;
            var row = new Row(TextCell(0, rowIndex, label, strings, WorkbookStyles.Label))
            {
                RowIndex = (uint)rowIndex,
                Height = 15 * (isLink ? 1 : Lines(value, valueWidth)),
                CustomHeight = true,
            };
            if (value.Length > 0)
            {
                // Links stay on one line (they run on into the empty cells beside them); sentences wrap.
                row.Append(TextCell(1, rowIndex, value, strings, isLink ? WorkbookStyles.Link : WorkbookStyles.Wrap));
            }

            Add(row);
            if (isLink && Uri.TryCreate(value, UriKind.Absolute, out var uri))
            {
                var relationship = part.AddHyperlinkRelationship(uri, isExternal: true);
                hyperlinks.Append(new Hyperlink { Reference = CellReference.Of(1, rowIndex), Id = relationship.Id });
            }
        }

        var worksheet = new Worksheet(
            PageFit(),
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Columns(cover.DocumentColumns.Select(c => c.Width)),
            data);
        if (hyperlinks.HasChildren)
        {
            worksheet.Append(hyperlinks);
        }

        AppendPrintSetup(worksheet, cover.DocumentColumns.Sum(c => c.Width), rowIndex, string.Empty, print);
        part.Worksheet = worksheet;
        worksheet.Save();
    }

    /// <summary>The sheet's "fit to page" switch, which the page set-up's fit-to width and height need.</summary>
    private static SheetProperties PageFit() => new(new PageSetupProperties { FitToPage = true });

    /// <summary>
    /// A4, landscape when wider than a portrait page, one page wide (and one tall when the sheet is short), no
    /// gridlines, narrow margins, the title and filter at the top of every page, the build and page number at its foot.
    /// </summary>
    private static void AppendPrintSetup(Worksheet worksheet, double width, int rows, string title, PrintWords print)
    {
        worksheet.Append(
            new PrintOptions { GridLines = false, Headings = false },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.25, Footer = 0.25 },
            new PageSetup
            {
                PaperSize = A4,
                Orientation = width > PortraitWidth ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = rows <= OnePageRows ? 1U : 0U,
            },
            new HeaderFooter(
                new OddHeader(title.Length == 0 ? string.Empty : "&L&\"Calibri,Bold\"" + HeaderText(title, 240)),
                new OddFooter("&L" + HeaderText(print.Footer, 160) + "&R" + string.Format(CultureInfo.InvariantCulture, print.PageOf, "&P", "&N"))));
    }

    /// <summary>Text for a page header or footer: its ampersands doubled, cut to fit Excel's 255 characters.</summary>
    private static string HeaderText(string text, int limit) =>
        (text.Length > limit ? text[..(limit - 1)] + "…" : text).Replace("&", "&&", StringComparison.Ordinal);

    /// <summary>How many lines a header takes in a column of <paramref name="width"/> characters (wrapped at words).</summary>
    private static int Lines(string text, double width)
    {
        var lines = 1;
        var used = 0;
        foreach (var word in text.Split(' '))
        {
            if (used > 0 && used + 1 + word.Length > width - 1)
            {
                lines++;
                used = 0;
            }

            used += (used > 0 ? 1 : 0) + word.Length;
        }

        return Math.Min(lines, 6);
    }

    /// <summary>How many columns, from A, make up <paramref name="width"/> characters (beyond the table, at Excel's default width).</summary>
    private static int ColumnsFor(IReadOnlyList<double> widths, double width)
    {
        var count = 0;
        for (var sum = 0.0; sum < width; count++)
        {
            sum += count < widths.Count ? widths[count] : DefaultWidth;
        }

        return count;
    }

    private static Columns Columns(IEnumerable<double> widths)
    {
        var columns = new Columns();
        uint index = 1;
        foreach (var width in widths)
        {
            columns.Append(new Column { Min = index, Max = index, Width = width, CustomWidth = true });
            index++;
        }

        return columns;
    }

    private static Cell TextCell(int column, int row, string text, SharedStrings strings, uint style) => new()
    {
        CellReference = CellReference.Of(column, row),
        DataType = CellValues.SharedString,
        CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    private static Cell? ValueCell(int column, int row, SheetCell value, uint style, SharedStrings strings)
    {
        var reference = CellReference.Of(column, row);
        if (value.Formula is { } formula)
        {
            // A formula with its cached result, so readers that do not recalculate still show the number.
            var cell = new Cell { CellReference = reference, StyleIndex = style, CellFormula = new CellFormula(formula) };
            switch (value.Value)
            {
                case null:
                case string:
                    cell.DataType = CellValues.String;
                    cell.CellValue = new CellValue((string?)value.Value ?? string.Empty);
                    break;
                default:
                    cell.CellValue = new CellValue(Number(value.Value));
                    break;
            }

            return cell;
        }

        return value.Value switch
        {
            null => null,
            string text => TextCell(column, row, text, strings, style),
            _ => new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(Number(value.Value)) },
        };
    }

    private static string Number(object value) => ExcelNumber.Format(value);

    private static string AbsoluteArea(int columns, int rows) =>
        string.Create(CultureInfo.InvariantCulture, $"$A$1:${CellReference.Column(columns - 1)}${rows}");

    /// <summary>The shared-string table, built as cells are written.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public int Index(string text)
        {
            if (!_index.TryGetValue(text, out var index))
            {
                index = _index.Count;
                _index[text] = index;
                Table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return index;
        }
    }
}
