using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace EcomCompare.Ingestion.Tests.Documents;

/// <summary>
/// The shipped plans as a province prints them to PDF: the Word version <see cref="DocxPlansTests"/> writes (merged
/// header cells, bold group rows), laid out as a word processor would — A4 landscape, Noto Serif, every table's
/// columns as wide as Word's autofit makes them (each column its longest word, the rest shared by what the cells
/// hold), a table that the text form shows cut by a page break made one table again, its header rows repeated on
/// every page — then printed by LibreOffice, and that PDF turned into <c>pdftotext -layout</c> text.
/// </summary>
internal static partial class PrintedPlans
{
    private const int PageWidth = 16838, PageHeight = 11906, PageMargin = 1000;

    private static readonly Lazy<IReadOnlyDictionary<string, (byte[] Pdf, string Layout)>> All = new(() =>
    {
        var words = new[] { "binh-dinh", "thai-binh", "can-tho" }
            .ToDictionary(code => code, code => Word(File.ReadAllText(Path.Combine(Repo.Sources, Plans.Get(code).Plan.File))));
        return OfficeTools.ToPdf(words).ToDictionary(p => p.Key, p => (p.Value, OfficeTools.ToLayoutText(p.Value)));
    });

    /// <summary>A shipped plan printed to PDF by LibreOffice.</summary>
    public static byte[] Pdf(string code) => All.Value[code].Pdf;

    /// <summary>That PDF as <c>pdftotext -layout</c> text.</summary>
    public static string Layout(string code) => All.Value[code].Layout;

    /// <summary>A plan's text as a Word document laid out for print.</summary>
    public static byte[] Word(string text)
    {
        // Italics are tags in the text form (Bình Định's source rows); in a document they are only a style.
        var (docx, _, _) = DocxPlansTests.Word(Italic().Replace(text, string.Empty).Split('\n'));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Noto Serif", HighAnsi = "Noto Serif", ComplexScript = "Noto Serif" }, new FontSize { Val = "22" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "60" }, new Justification { Val = JustificationValues.Both }))));
            var body = main.Document!.Body!;
            body.Append(new SectionProperties(
                new W.PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = PageMargin, Bottom = PageMargin, Left = PageMargin, Right = PageMargin, Header = 500, Footer = 500 }));
            foreach (var table in Join(body))
            {
                Lay(table);
            }
        }

        return stream.ToArray();
    }

    // Tables the text form shows cut by a page break (only empty paragraphs between, as many columns) joined.
    private static List<Table> Join(Body body)
    {
        var tables = new List<Table>();
        foreach (var table in body.Elements<Table>().ToList())
        {
            if (tables.Count > 0 && Width(tables[^1]) == Width(table) && OnlyEmptyParagraphsBetween(tables[^1], table))
            {
                for (var e = tables[^1].NextSibling(); e is not null && e != table;)
                {
                    var next = e.NextSibling();
                    e.Remove();
                    e = next;
                }

                foreach (var row in table.Elements<W.TableRow>().ToList())
                {
                    row.Remove();
                    tables[^1].Append(row);
                }

                table.Remove();
            }
            else
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    // Fixed column widths as Word's autofit would make them, 9 pt text, header rows repeated on each page.
    private static void Lay(Table table)
    {
        var rows = table.Elements<W.TableRow>().ToList();
        var width = Width(table);
        double[] want = new double[width], least = new double[width];
        foreach (var row in rows)
        {
            var column = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var text = cell.InnerText;
                if (span == 1 && text.Length > 0)
                {
                    want[column] = Math.Max(want[column], Math.Min(text.Length, 60) + 2);
                    least[column] = Math.Max(least[column], text.Split(' ').Max(w => Amount().IsMatch(w) ? w.Length : Math.Min(w.Length, 8)) + 2);
                }

                column += span;
            }
        }

        for (var c = 0; c < width; c++)
        {
            least[c] = Math.Max(least[c], 5);
            want[c] = Math.Max(want[c], least[c]);
        }

        var spare = Math.Max(0, 130 - least.Sum());
        var extra = want.Zip(least, (w, l) => w - l).ToArray();
        var widths = least.Select((l, c) => l + (extra.Sum() > 0 ? spare * extra[c] / extra.Sum() : 0)).ToArray();
        var available = PageWidth - (2 * PageMargin);
        var properties = table.GetFirstChild<TableProperties>()!;
        properties.Append(
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableWidth { Width = available.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        var total = widths.Sum();
        properties.InsertAfterSelf(new TableGrid(widths.Select(w => new GridColumn
        {
            Width = ((int)(w / total * available)).ToString(CultureInfo.InvariantCulture),
        })));
        foreach (var row in rows.TakeWhile((r, i) => i == 0 || r.Elements<TableCell>().Take(2).All(c => c.InnerText.Length == 0)))
        {
            row.PrependChild(new TableRowProperties(new TableHeader()));
        }

        foreach (var run in table.Descendants<Run>())
        {
            (run.RunProperties ?? run.PrependChild(new RunProperties())).Append(new FontSize { Val = "18" });
        }

        foreach (var paragraph in table.Descendants<Paragraph>())
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Left }));
        }
    }

    private static int Width(Table table) =>
        table.Elements<W.TableRow>().Max(r => r.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1));

    private static bool OnlyEmptyParagraphsBetween(Table a, Table b)
    {
        for (var e = a.NextSibling(); e is not null && e != b; e = e.NextSibling())
        {
            if (e is not Paragraph p || p.InnerText.Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("</?i>")]
    private static partial Regex Italic();

    [GeneratedRegex(@"^[\d.,]+$")]
    private static partial Regex Amount();
}
