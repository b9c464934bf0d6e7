using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EcomCompare.Workbooks.Tests.Support;

/// <summary>Reads an .xlsx back with OpenXML: sheets by name, cells by reference, their formulas and number formats.</summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly MemoryStream _stream;

    public WorkbookReader(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Document = SpreadsheetDocument.Open(_stream, false);
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart Part => Document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => Part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public WorksheetPart Sheet(string name)
    {
        var sheet = Part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)Part.GetPartById(sheet.Id!);
    }

    public Cell? Cell(string sheet, string reference) =>
        Sheet(sheet).Worksheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    /// <summary>The cell's text (shared strings resolved) or its number as written.</summary>
    public string? Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        if (cell?.CellValue is null)
        {
            return null;
        }

        return cell.DataType?.Value == CellValues.SharedString
            ? Part.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(
                int.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture)).InnerText
            : cell.CellValue.Text;
    }

    public decimal Number(string sheet, string reference) =>
        decimal.Parse(Cell(sheet, reference)!.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public string? Formula(string sheet, string reference) => Cell(sheet, reference)?.CellFormula?.Text;

    /// <summary>The number format code of the cell's style (built-in 0 = "General", 1 = "0").</summary>
    public string Format(string sheet, string reference)
    {
        var style = Cell(sheet, reference)!.StyleIndex?.Value ?? 0;
        var stylesheet = Part.WorkbookStylesPart!.Stylesheet;
        var id = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)style).NumberFormatId!.Value;
        return id switch
        {
            0 => "General",
            1 => "0",
            _ => stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!.Value!,
        };
    }

    /// <summary>Every row's cells of column <paramref name="column"/> (A, B, …) below the header.</summary>
    public IReadOnlyList<string?> Column(string sheet, string column) =>
        Sheet(sheet).Worksheet.Descendants<Row>().Where(r => r.RowIndex! > 1)
            .Select(r => Text(sheet, column + r.RowIndex!.Value.ToString(CultureInfo.InvariantCulture))).ToList();

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
