using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EcomCompare.Workbooks.Excel;

/// <summary>
/// Writes a <see cref="WorkbookContent"/> as an .xlsx with DocumentFormat.OpenXml: each table sheet with typed
/// cells, number formats, a frozen header row, an autofilter and column widths; its native chart beside it
/// (<see cref="ExcelChartWriter"/>); then the sources sheet with working hyperlinks.
/// </summary>
internal static class WorkbookWriter
{
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
            uint sheetId = 1;

            foreach (var sheet in content.Sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                WriteDataSheet(part, sheet, strings);
                sheets.Append(new Sheet { Name = sheet.Name, SheetId = sheetId, Id = workbookPart.GetIdOfPart(part) });
                // Excel's own name for an autofilter's range; some readers look for it.
                definedNames.Append(new DefinedName(CellReference.Sheet(sheet.Name) + "!" + AbsoluteArea(sheet.Columns.Count, sheet.Rows.Count + 1))
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = sheetId - 1,
                    Hidden = true,
                });
                sheetId++;
            }

            var sourcesPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteSourcesSheet(sourcesPart, content.Sources, strings);
            sheets.Append(new Sheet { Name = content.Sources.Name, SheetId = sheetId, Id = workbookPart.GetIdOfPart(sourcesPart) });

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

    private static void WriteDataSheet(WorksheetPart part, DataSheet sheet, SharedStrings strings)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            header.Append(TextCell(c, 1, sheet.Columns[c].Header, strings, WorkbookStyles.Header));
        }

        data.Append(header);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var rowIndex = r + 2;
            var row = new Row { RowIndex = (uint)rowIndex };
            for (var c = 0; c < sheet.Columns.Count && c < sheet.Rows[r].Count; c++)
            {
                if (ValueCell(c, rowIndex, sheet.Rows[r][c], WorkbookStyles.For(sheet.Columns[c].Kind), strings) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        var lastColumn = CellReference.Column(sheet.Columns.Count - 1);
        var worksheet = new Worksheet(
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
            new AutoFilter { Reference = "A1:" + lastColumn + (sheet.Rows.Count + 1).ToString(CultureInfo.InvariantCulture) },
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        part.Worksheet = worksheet;
        if (sheet.Chart is { } chart)
        {
            // Beside the table: from two columns right of it, 9 columns wide and ~22 rows tall.
            ExcelChartWriter.Add(part, sheet, chart, fromColumn: sheet.Columns.Count + 1, fromRow: 1, toColumn: sheet.Columns.Count + 10, toRow: 24);
        }

        worksheet.Save();
    }

    private static void WriteSourcesSheet(WorksheetPart part, SourcesSheet sources, SharedStrings strings)
    {
        var data = new SheetData();
        var hyperlinks = new Hyperlinks();
        var rowIndex = 1;
        data.Append(new Row(TextCell(0, rowIndex, sources.Title, strings, WorkbookStyles.Title)) { RowIndex = (uint)rowIndex });
        rowIndex += 2;

        var header = new Row { RowIndex = (uint)rowIndex };
        for (var c = 0; c < sources.DocumentColumns.Count; c++)
        {
            header.Append(TextCell(c, rowIndex, sources.DocumentColumns[c].Header, strings, WorkbookStyles.Header));
        }

        data.Append(header);
        foreach (var document in sources.Documents)
        {
            rowIndex++;
            var row = new Row { RowIndex = (uint)rowIndex };
            for (var c = 0; c < sources.DocumentColumns.Count && c < document.Count; c++)
            {
                if (ValueCell(c, rowIndex, document[c], WorkbookStyles.For(sources.DocumentColumns[c].Kind), strings) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        rowIndex++;
        foreach (var (label, value, isLink) in sources.Facts)
        {
            rowIndex++;
            var row = new Row(TextCell(0, rowIndex, label, strings, WorkbookStyles.Label)) { RowIndex = (uint)rowIndex };
            if (value.Length > 0)
            {
                row.Append(TextCell(1, rowIndex, value, strings, isLink ? WorkbookStyles.Link : WorkbookStyles.Default));
            }

            data.Append(row);
            if (isLink && Uri.TryCreate(value, UriKind.Absolute, out var uri))
            {
                var relationship = part.AddHyperlinkRelationship(uri, isExternal: true);
                hyperlinks.Append(new Hyperlink { Reference = CellReference.Of(1, rowIndex), Id = relationship.Id });
            }
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Columns(sources.DocumentColumns.Select(c => c.Width)),
            data);
        if (hyperlinks.HasChildren)
        {
            worksheet.Append(hyperlinks);
        }

        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        part.Worksheet = worksheet;
        worksheet.Save();
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
