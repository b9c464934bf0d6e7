using DocumentFormat.OpenXml.Spreadsheet;

namespace EcomCompare.Workbooks.Excel;

/// <summary>The workbook's cell formats; the indexes are the <c>s</c> attribute of a cell.</summary>
internal static class WorkbookStyles
{
    public const uint Default = 0, Header = 1, Money = 2, Share = 3, Integer = 4, Title = 5, Link = 6, Label = 7, Number = 8, Wrap = 9, Warning = 10;

    /// <summary>Money in million VND with one decimal; Excel shows the reader's own separators (1.234,5 in Vietnamese).</summary>
    public const string MoneyFormat = "#,##0.0";

    /// <summary>Shares.</summary>
    public const string ShareFormat = "0.0%";

    /// <summary>A number whose unit stands beside it (a target's value): as many decimals as it has, up to two.</summary>
    public const string NumberFormat = "#,##0.##";

    public static uint For(ColumnKind kind) => kind switch
    {
        ColumnKind.Money => Money,
        ColumnKind.Share => Share,
        ColumnKind.Integer => Integer,
        ColumnKind.Number => Number,
        _ => Default,
    };

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = MoneyFormat },
            new NumberingFormat { NumberFormatId = 165, FormatCode = ShareFormat },
            new NumberingFormat { NumberFormatId = 166, FormatCode = NumberFormat })
        { Count = 3 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }),
            new Font(new Underline(), new FontSize { Val = 11 }, new Color { Rgb = "FF0563C1" }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new Color { Rgb = "FF9C0006" }, new FontName { Val = "Calibri" }))
        { Count = 5 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(
                new PatternFill(new ForegroundColor { Rgb = "FFE8EEF4" },
                    new BackgroundColor { Indexed = 64 })
                { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(), new RightBorder(), new TopBorder(),
                new BottomBorder(new Color { Rgb = "FF7F8C99" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment
            {
                WrapText = true,
                Vertical = VerticalAlignmentValues.Center
            })
            {
                NumberFormatId = 0,
                FontId = 1,
                FillId = 2,
                BorderId = 1,
                FormatId = 0,
                ApplyFont = true,
                ApplyFill = true,
                ApplyBorder = true,
                ApplyAlignment = true
            },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 0, FontId = 3, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0,
                FontId = 1,
                FillId = 0,
                BorderId = 0,
                FormatId = 0,
                ApplyFont = true,
                ApplyAlignment = true
            },
            new CellFormat { NumberFormatId = 166, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0,
                FontId = 0,
                FillId = 0,
                BorderId = 0,
                FormatId = 0,
                ApplyAlignment = true
            },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0,
                FontId = 4,
                FillId = 0,
                BorderId = 0,
                FormatId = 0,
                ApplyFont = true,
                ApplyAlignment = true
            })
        { Count = 11 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
        new DifferentialFormats { Count = 0 });
}
