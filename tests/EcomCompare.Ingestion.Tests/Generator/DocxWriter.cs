using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// The Word form: paragraphs with bold/italic runs; tables with real merged cells — <c>gridSpan</c> for a cell over
/// several columns, <c>vMerge</c> (restart, then continue) for a cell over several header rows — header rows marked
/// to repeat on every page, grid lines. A page break inside a table ends it, breaks the page and starts a second
/// table under the same header rows, as Word documents typed by hand do.
/// </summary>
internal static class DocxWriter
{
    public static byte[] Write(PlanDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case Paragraph p:
                        if (p.NewPage)
                        {
                            body.Append(new W.Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        }

                        body.Append(Paragraph(p.Text, p.Bold, p.Italic, p.Centered));
                        break;
                    case TableBlock { Table: var table }:
                        var part = NewTable(table);
                        for (var r = 0; r < table.Rows.Count; r++)
                        {
                            if (table.Rows[r].BreakBefore)
                            {
                                body.Append(part);
                                body.Append(new W.Paragraph(new Run(new Break { Type = BreakValues.Page })));
                                part = NewTable(table);
                                foreach (var h in Enumerable.Range(0, table.Rows.Count).Where(i => table.Rows[i].Kind == RowKind.Header))
                                {
                                    part.Append(Row(table, h));
                                }
                            }

                            part.Append(Row(table, r));
                        }

                        body.Append(part);
                        break;
                }
            }

            body.Append(new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }));
            word.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>How many cells of a written document carry gridSpan and vMerge (for the generator's own tests).</summary>
    public static (int Spans, int VMerges) Merges(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        var cells = word.MainDocumentPart!.Document!.Descendants<TableCellProperties>().ToList();
        return (cells.Count(p => p.GridSpan is not null), cells.Count(p => p.VerticalMerge is not null));
    }

    private static Table NewTable(TableModel table)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var grid = new TableGrid(table.Columns.Select(kind => new GridColumn
        {
            Width = kind switch
            {
                ColumnKind.Code => "500",
                ColumnKind.Name => "3000",
                ColumnKind.Text => "1500",
                _ => "900"
            }
        }));
        return new Table(new TableProperties(borders, new TableLayout { Type = TableLayoutValues.Fixed }), grid);
    }

    private static W.TableRow Row(TableModel table, int r)
    {
        var row = table.Rows[r];
        var result = new W.TableRow();
        if (row.Kind == RowKind.Header)
        {
            result.Append(new TableRowProperties(new TableHeader()));
        }

        for (var c = 0; c < row.Cells.Count;)
        {
            var (ownerRow, ownerColumn) = table.Owner(r, c);
            var owner = table.Rows[ownerRow].Cells[ownerColumn]!;
            var properties = new TableCellProperties();
            if (owner.ColSpan > 1)
            {
                properties.Append(new GridSpan { Val = owner.ColSpan });
            }

            if (owner.RowSpan > 1)
            {
                properties.Append(ownerRow == r ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
            }

            var text = ownerRow == r ? owner.Text : string.Empty;
            result.Append(new TableCell(properties, Paragraph(text, owner.Bold, owner.Italic, row.IsHeader)));
            c = ownerColumn + owner.ColSpan;
        }

        return result;
    }

    private static W.Paragraph Paragraph(string text, bool bold, bool italic, bool centered)
    {
        var paragraph = new W.Paragraph();
        if (centered)
        {
            paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        if (text.Length > 0)
        {
            var run = new Run();
            if (bold || italic)
            {
                var properties = new RunProperties();
                if (bold)
                {
                    properties.Append(new Bold());
                }

                if (italic)
                {
                    properties.Append(new Italic());
                }

                run.Append(properties);
            }

            run.Append(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }
}
