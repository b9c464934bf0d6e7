using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// The published form: a PDF with a text layer, as a province's decision is put online. Paragraphs wrap to the page;
/// each table is drawn with grid lines, merged header cells over their columns and rows, long texts wrapped inside
/// their cell, bold group and totals rows, amounts right-aligned. A table that reaches the foot of the page, or a row
/// marked to break, continues on the next page under its header rows drawn again. Landscape A4, or A3 when a table
/// is too wide for A4.
/// </summary>
internal static class PdfWriter
{
    private const double Margin = 30, TableSize = 7, TextSize = 10, Padding = 2;

    public static byte[] Write(PlanDocument document)
    {
        NotoFonts.Install();
        var fonts = new Fonts();
        using var measure = XGraphics.CreateMeasureContext(new XSize(5000, 5000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var tables = document.Blocks.OfType<TableBlock>().ToDictionary(t => t, t => Layout.Of(t.Table, measure, fonts));
        var widest = tables.Values.Select(l => l.Widths.Sum()).DefaultIfEmpty(0).Max() + 2 * Margin;
        var (width, height) = widest <= 842 ? (842d, 595d) : widest <= 1191 ? (1191d, 842d) : (widest, 842d);

        var pdf = new PdfDocument();
        pdf.Info.Title = "Kế hoạch phát triển thương mại điện tử (bộ sinh kế hoạch của kiểm thử)";
        var cursor = new Cursor(pdf, width, height);
        try
        {
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case Paragraph p:
                        if (p.NewPage && cursor.Y > Margin)
                        {
                            cursor.NewPage();
                        }

                        var font = p.Bold ? fonts.TextBold : p.Italic ? fonts.TextItalic : fonts.Text;
                        foreach (var line in Wrap(p.Text, font, width - 2 * Margin, measure))
                        {
                            var size = measure.MeasureString(line, font);
                            cursor.Room(size.Height * 1.2);
                            var x = p.Centered ? (width - size.Width) / 2 : Margin;
                            cursor.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(x, cursor.Y), XStringFormats.TopLeft);
                            cursor.Y += size.Height * 1.2;
                        }

                        cursor.Y += 4;
                        break;
                    case TableBlock t:
                        DrawTable(t.Table, tables[t], cursor, fonts);
                        cursor.Y += 8;
                        break;
                }
            }
        }
        finally
        {
            cursor.Graphics.Dispose();
        }

        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }

    private static void DrawTable(TableModel table, Layout layout, Cursor cursor, Fonts fonts)
    {
        var header = Enumerable.Range(0, table.Header.Count).ToList();
        var repeated = header.Where(r => table.Rows[r].Kind == RowKind.Header).ToList();
        cursor.Room(header.Sum(r => layout.Heights[r]) + layout.Heights[header.Count]);
        DrawRows(table, layout, header, cursor, fonts);
        for (var r = header.Count; r < table.Rows.Count; r++)
        {
            if (table.Rows[r].BreakBefore || cursor.Y + layout.Heights[r] > cursor.Height - Margin)
            {
                cursor.NewPage();
                DrawRows(table, layout, repeated, cursor, fonts);
            }

            DrawRows(table, layout, [r], cursor, fonts);
        }
    }

    // Draws consecutive rows at the cursor; a cell spanning rows is drawn once, over all of them.
    private static void DrawRows(TableModel table, Layout layout, IReadOnlyList<int> rows, Cursor cursor, Fonts fonts)
    {
        var pen = new XPen(XColors.Black, 0.5);
        var top = cursor.Y;
        foreach (var r in rows)
        {
            var row = table.Rows[r];
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (row.Cells[c] is not { } cell)
                {
                    continue;
                }

                var x = Margin + layout.Widths.Take(c).Sum();
                var w = layout.Widths.Skip(c).Take(cell.ColSpan).Sum();
                var h = Enumerable.Range(r, cell.RowSpan).Where(rows.Contains).Sum(i => layout.Heights[i]);
                cursor.Graphics.DrawRectangle(pen, x, top, w, h);
                var font = fonts.Cell(cell);
                var lines = layout.Lines[(r, c)];
                var lineHeight = TableSize * 1.3;
                var y = row.IsHeader ? top + (h - lines.Count * lineHeight) / 2 : top + Padding;
                foreach (var line in lines)
                {
                    var size = cursor.Graphics.MeasureString(line, font);
                    var lx = row.IsHeader || table.Columns[c] == ColumnKind.Code ? x + (w - size.Width) / 2
                        : table.Columns[c] == ColumnKind.Money && cell.ColSpan == 1 ? x + w - Padding - size.Width
                        : x + Padding;
                    cursor.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(lx, y), XStringFormats.TopLeft);
                    y += lineHeight;
                }
            }

            top += layout.Heights[r];
        }

        cursor.Y = top;
    }

    /// <summary>Words to lines no wider than <paramref name="width"/>; a word wider than that is cut.</summary>
    private static List<string> Wrap(string text, XFont font, double width, XGraphics measure)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (line.Length > 1 && measure.MeasureString(line, font).Width > width)
            {
                var cut = line.Length - 1;
                while (cut > 1 && measure.MeasureString(line[..cut], font).Width > width)
                {
                    cut--;
                }

                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private sealed class Fonts
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

        public XFont Text { get; } = new(NotoFonts.Family, TextSize, XFontStyleEx.Regular, Unicode);

        public XFont TextBold { get; } = new(NotoFonts.Family, TextSize, XFontStyleEx.Bold, Unicode);

        public XFont TextItalic { get; } = new(NotoFonts.Family, TextSize, XFontStyleEx.Italic, Unicode);

        public XFont Table { get; } = new(NotoFonts.Family, TableSize, XFontStyleEx.Regular, Unicode);

        public XFont TableBold { get; } = new(NotoFonts.Family, TableSize, XFontStyleEx.Bold, Unicode);

        public XFont TableItalic { get; } = new(NotoFonts.Family, TableSize, XFontStyleEx.Italic, Unicode);

        public XFont Cell(Cell cell) => cell.Bold ? TableBold : cell.Italic ? TableItalic : Table;
    }

    // Column widths, each cell's lines, each row's height.
    private sealed record Layout(IReadOnlyList<double> Widths, IReadOnlyList<double> Heights, IReadOnlyDictionary<(int, int), List<string>> Lines)
    {
        public static Layout Of(TableModel table, XGraphics measure, Fonts fonts)
        {
            var widths = table.Columns.Select((kind, c) => kind switch
            {
                ColumnKind.Name => 170d,
                ColumnKind.Text => 80d,
                _ => Math.Max(kind == ColumnKind.Money ? 36d : 16d, table.Rows.Where(r => !r.IsHeader).Select(r => r.Cells[c]).OfType<Cell>()
                    .Where(cell => cell.ColSpan == 1).Select(cell => measure.MeasureString(cell.Text, fonts.Cell(cell)).Width + 2 * Padding + 1)
                        .DefaultIfEmpty(0).Max()),
            }).ToList();
            var lines = new Dictionary<(int, int), List<string>>();
            var heights = new double[table.Rows.Count];
            var lineHeight = TableSize * 1.3;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (table.Rows[r].Cells[c] is { } cell)
                    {
                        var w = widths.Skip(c).Take(cell.ColSpan).Sum() - 2 * Padding;
                        lines[(r, c)] = Wrap(cell.Text, fonts.Cell(cell), w, measure);
                        if (cell.RowSpan == 1)
                        {
                            heights[r] = Math.Max(heights[r], lines[(r, c)].Count * lineHeight + 2 * Padding);
                        }
                    }
                }
            }

            // A cell over several header rows: the last of them grows if the cell needs more room than they have.
            foreach (var ((r, c), cellLines) in lines)
            {
                var cell = table.Rows[r].Cells[c]!;
                var need = cellLines.Count * lineHeight + 2 * Padding;
                var have = heights.Skip(r).Take(cell.RowSpan).Sum();
                if (cell.RowSpan > 1 && have < need)
                {
                    heights[r + cell.RowSpan - 1] += need - have;
                }
            }

            return new Layout(widths, heights, lines);
        }
    }

    private sealed class Cursor(PdfDocument pdf, double width, double height)
    {
        public double Height => height;

        public double Y { get; set; } = Margin;

        public XGraphics Graphics { get; private set; } = XGraphics.FromPdfPage(AddPage(pdf, width, height));

        /// <summary>A new page when <paramref name="needed"/> points do not fit under the cursor.</summary>
        public void Room(double needed)
        {
            if (Y + needed > height - Margin)
            {
                NewPage();
            }
        }

        public void NewPage()
        {
            Graphics.Dispose();
            Graphics = XGraphics.FromPdfPage(AddPage(pdf, width, height));
            Y = Margin;
        }

        private static PdfPage AddPage(PdfDocument pdf, double width, double height)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(width);
            page.Height = XUnit.FromPoint(height);
            return page;
        }
    }
}
