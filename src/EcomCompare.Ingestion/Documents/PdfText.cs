using System.Diagnostics;
using System.Globalization;
using EcomCompare.Ingestion.Documents.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace EcomCompare.Ingestion.Documents;

/// <summary>
/// A PDF with a text layer as the plan text the parsers read: one line per paragraph, one tab-separated line per
/// table row, as <see cref="DocxText"/> gives for a Word document. PdfPig gives each word with its position;
/// tables are rebuilt from them (rows from baselines, columns from the gutters between words, wrapped cells
/// joined to their row), bold words keep <c>&lt;b&gt;…&lt;/b&gt;</c>, page numbers are dropped, and a table runs on
/// over page breaks. A place is "page 3, row 7" for a table row (its row on that page, header rows counted) and
/// "page 3, line 12" for a paragraph.
/// </summary>
/// <example>
/// <code>
/// foreach (var line in PdfText.Lines("ha-noi.pdf", File.ReadAllBytes("ha-noi.pdf"))) Console.WriteLine(line);
/// </code>
/// </example>
public static class PdfText
{
    /// <summary>The document's lines; throws <see cref="IngestionException"/> naming the file when it cannot be read.</summary>
    public static IReadOnlyList<string> Lines(string name, byte[] bytes) =>
        Read(name, bytes, DocumentLimits.Default, CancellationToken.None).Select(l => l.Text).ToList();

    /// <summary>The document's lines with their places, within <paramref name="limits"/>.</summary>
    internal static IReadOnlyList<DocumentLine> Read(string name, byte[] bytes, DocumentLimits limits, CancellationToken cancellation)
    {
        if (!EndsLikeAPdf(bytes))
        {
            throw new IngestionException(name, 0, "is a damaged or truncated PDF (it does not end with %%EOF): download or export it again");
        }

        var clock = Stopwatch.StartNew();
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
            var pages = document.NumberOfPages;
            if (pages == 0)
            {
                throw new IngestionException(name, 0, "is a PDF with no pages");
            }

            if (pages > limits.MaxPdfPages)
            {
                throw new IngestionException(name, 0, $"is a PDF of {pages} pages, more than the {limits.MaxPdfPages} a plan document may have: refused");
            }

            var lines = new List<VisualLine>();
            long letters = 0, unreadable = 0;
            int imagePages = 0, rotatedPages = 0;
            for (var p = 1; p <= pages; p++)
            {
                cancellation.ThrowIfCancellationRequested();
                if (clock.Elapsed > limits.PdfTime)
                {
                    throw new IngestionException(name, 0, $"reading the PDF took longer than {limits.PdfTime.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (stopped at page {p} of {pages}): refused");
                }

                var page = document.GetPage(p);
                letters += page.Letters.Count;
                if (letters > limits.MaxPdfLetters)
                {
                    throw new IngestionException(name, 0, $"is a PDF with more than {limits.MaxPdfLetters.ToString("N0", CultureInfo.InvariantCulture)} letters (at page {p} of {pages}): too large for a plan document; refused");
                }

                unreadable += page.Letters.Count(l => IsUnreadable(l.Value));
                var onPage = PdfLines.Of(page);
                if (page.Letters.Count == 0 && page.NumberOfImages > 0)
                {
                    imagePages++;
                }
                else if (page.Letters.Count > 0 && onPage.Count == 0)
                {
                    rotatedPages++;
                }

                lines.AddRange(onPage);
            }

            if (letters == 0)
            {
                throw new IngestionException(name, 0, imagePages > 0
                    ? $"is a scanned PDF: its {(pages == 1 ? "page is an image" : $"{pages} pages are images")} with no text layer, so there is no text to read. " +
                      "Add a text layer by OCR and add that file instead: `ocrmypdf -l vie input.pdf output.pdf` (Debian: apt-get install ocrmypdf tesseract-ocr-vie)"
                    : "is a PDF with no text on any page");
            }

            if (unreadable > letters / 3)
            {
                throw new IngestionException(name, 0,
                    "is a PDF whose text cannot be decoded (its fonts map no letters to Unicode): redo its text layer by OCR, " +
                    "`ocrmypdf --force-ocr -l vie input.pdf output.pdf` (Debian: apt-get install ocrmypdf tesseract-ocr-vie), and add that file instead");
            }

            if (lines.Count == 0 && rotatedPages > 0)
            {
                throw new IngestionException(name, 0, "is a PDF whose text is all rotated on the page: rotate the pages upright, save, and add it again");
            }

            return LaidOutText.Read(lines, Place);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new IngestionException(name, 0, "is an encrypted PDF (it needs a password to open): save a copy without a password (print to PDF, or `qpdf --decrypt in.pdf out.pdf`) and add that instead");
        }
        catch (Exception e) when (e is not (IngestionException or OperationCanceledException or OutOfMemoryException))
        {
            // PdfPig reports damage with several exception types, none of them ours to pass on.
            throw new IngestionException(name, 0, $"is a damaged PDF that cannot be read ({e.Message.TrimEnd('.')}): download or export it again");
        }
    }

    private static string Place(VisualLine line, int? row) => row is { } r
        ? string.Create(CultureInfo.InvariantCulture, $"page {line.Page}, row {r}")
        : string.Create(CultureInfo.InvariantCulture, $"page {line.Page}, line {line.Number}");

    // A writer that ends a PDF ends it with %%EOF, possibly followed by a little whitespace or junk.
    private static bool EndsLikeAPdf(byte[] bytes) => bytes.AsSpan(Math.Max(0, bytes.Length - 1024)).IndexOf("%%EOF"u8) >= 0;

    // A glyph the font maps to no character: nothing, the replacement character, or a private-use code point.
    private static bool IsUnreadable(string? value) =>
        string.IsNullOrEmpty(value) || char.IsControl(value[0]) || value[0] == '\uFFFD' || (value[0] >= '\uE000' && value[0] <= '\uF8FF');
}
