using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace EcomCompare.Ingestion.Tests.Documents;

/// <summary>A table cell to draw: its text, how many columns it spans, its weight and alignment.</summary>
internal sealed record TestCell(string Text, int Span = 1, bool Bold = false, XStringAlignment Align = XStringAlignment.Near);

/// <summary>A table to draw: column widths (points), header rows repeated on every page, body rows.</summary>
internal sealed record TestTable(double[] Widths, IReadOnlyList<TestCell[]> Header, IReadOnlyList<TestCell[]> Body, double FontSize = 10);

/// <summary>
/// Test PDFs drawn with PDFsharp 6 (MIT), as a word processor prints a plan: justified paragraphs that wrap,
/// tables with grid lines whose cells wrap and are top-aligned, header rows repeated after a page break, page
/// numbers at the foot of each page. Noto Serif (Debian fonts-noto-core) carries the Vietnamese letters.
/// </summary>
internal sealed class TestPdf
{
    private const double Margin = 50;
    private const double Padding = 4;
    private readonly PdfDocument _document = new();
    private XGraphics? _graphics;
    private double _y;

    public TestPdf(bool landscape = true, bool pageNumbers = true, string? runningHeader = null)
    {
        RunningHeader = runningHeader;
        Generator.NotoFonts.Install();

        (Width, Height) = landscape ? (842.0, 595.0) : (595.0, 842.0);
        PageNumbers = pageNumbers;
    }

    public double Width { get; }

    public double Height { get; }

    public bool PageNumbers { get; }

    /// <summary>A line printed at the head of every page (the issuing body, the document's title), or null.</summary>
    public string? RunningHeader { get; }

    /// <summary>The width text may take on a page.</summary>
    public double TextWidth => Width - (2 * Margin);

    /// <summary>A paragraph, wrapped and justified (its last line left-aligned).</summary>
    public TestPdf Paragraph(string text, double size = 12, bool bold = false, double spaceAfter = 6)
    {
        var font = Font(size, bold);
        var lines = Wrap(text, font, TextWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            Room(size * 1.4);
            var words = lines[i].Split(' ');
            var spare = i < lines.Count - 1 && words.Length > 1 ? (TextWidth - Measure(lines[i], font)) / (words.Length - 1) : 0;
            var x = Margin;
            foreach (var word in words)
            {
                _graphics!.DrawString(word, font, XBrushes.Black, x, _y + size, XStringFormats.Default);
                x += Measure(word + " ", font) + spare;
            }

            _y += size * 1.4;
        }

        _y += spaceAfter;
        return this;
    }

    /// <summary>A table with grid lines; its header rows are drawn again at the head of every page it runs on to.</summary>
    public TestPdf Table(TestTable table)
    {
        Room(RowHeight(table, table.Header[0]) * (table.Header.Count + 1));
        foreach (var row in table.Header)
        {
            DrawRow(table, row);
        }

        foreach (var row in table.Body)
        {
            if (_y + RowHeight(table, row) > Height - Margin)
            {
                NewPage();
                foreach (var header in table.Header)
                {
                    DrawRow(table, header);
                }
            }

            DrawRow(table, row);
        }

        _y += 12;
        return this;
    }

    /// <summary>Starts a new page.</summary>
    public TestPdf NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
        return this;
    }

    /// <summary>The PDF's bytes; <paramref name="configure"/> may set a password before saving.</summary>
    public byte[] Save(Action<PdfDocument>? configure = null)
    {
        _graphics?.Dispose();
        _graphics = null;
        var font = Font(10, false);
        for (var p = 0; p < _document.PageCount; p++)
        {
            using var g = XGraphics.FromPdfPage(_document.Pages[p], XGraphicsPdfPageOptions.Append);
            if (PageNumbers)
            {
                var number = (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                g.DrawString(number, font, XBrushes.Black, new XRect(0, Height - 30, Width, 12), XStringFormats.TopCenter);
            }

            if (RunningHeader is not null)
            {
                g.DrawString(RunningHeader, Font(9, false), XBrushes.Black, new XRect(Margin, 22, TextWidth, 12), XStringFormats.TopRight);
            }
        }

        configure?.Invoke(_document);
        using var stream = new MemoryStream();
        _document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Draws a picture over a whole new page: a page as a scanner makes it, with no text.</summary>
    public TestPdf ScannedPage(byte[] bitmap)
    {
        NewPage();
        using var stream = new MemoryStream(bitmap);
        using var image = XImage.FromStream(stream);
        _graphics!.DrawImage(image, Margin, Margin, TextWidth, Height - (2 * Margin));
        return this;
    }

    private static XFont Font(double size, bool bold) => new("Noto Serif", size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private double Measure(string text, XFont font)
    {
        if (_graphics is null)
        {
            NewPage();
        }

        return _graphics!.MeasureString(text, font).Width;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(longer, font) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = longer;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private void Room(double height)
    {
        if (_graphics is null || _y + height > Height - Margin)
        {
            NewPage();
        }
    }

    private double RowHeight(TestTable table, TestCell[] row)
    {
        var lines = 1;
        var column = 0;
        foreach (var cell in row)
        {
            var width = table.Widths.Skip(column).Take(cell.Span).Sum() - (2 * Padding);
            lines = Math.Max(lines, Wrap(cell.Text, Font(table.FontSize, cell.Bold), width).Count);
            column += cell.Span;
        }

        return (lines * table.FontSize * 1.3) + (2 * Padding);
    }

    private void DrawRow(TestTable table, TestCell[] row)
    {
        var height = RowHeight(table, row);
        var x = Margin;
        var column = 0;
        foreach (var cell in row)
        {
            var width = table.Widths.Skip(column).Take(cell.Span).Sum();
            _graphics!.DrawRectangle(XPens.Black, x, _y, width, height);
            var font = Font(table.FontSize, cell.Bold);
            var top = _y + Padding;
            foreach (var line in Wrap(cell.Text, font, width - (2 * Padding)))
            {
                var box = new XRect(x + Padding, top, width - (2 * Padding), table.FontSize * 1.3);
                _graphics.DrawString(line, font, XBrushes.Black, box, cell.Align switch
                {
                    XStringAlignment.Far => XStringFormats.TopRight,
                    XStringAlignment.Center => XStringFormats.TopCenter,
                    _ => XStringFormats.TopLeft,
                });
                top += table.FontSize * 1.3;
            }

            x += width;
            column += cell.Span;
        }

        _y += height;
    }
}
