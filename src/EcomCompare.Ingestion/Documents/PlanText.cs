using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Documents;

/// <summary>A plan document's lines, 1-based, with helpers to find its appendices and tables.</summary>
public sealed partial class PlanText
{
    private readonly IReadOnlyList<string>? _places;

    private PlanText(string name, IReadOnlyList<string> lines, string sha256, IReadOnlyList<string>? places = null)
    {
        Name = name;
        Lines = lines;
        Sha256 = sha256;
        _places = places;
    }

    /// <summary>
    /// True when the tables were rebuilt from text laid out with spaces (<c>pdftotext -layout</c>): the lossiest
    /// form a plan arrives in, so its budget table must add up to its own totals row (see PlanIngestor).
    /// </summary>
    public bool FromLaidOutText { get; private init; }

    /// <summary>The document's file name (used in provenance).</summary>
    public string Name { get; }

    /// <summary>The lines; <c>Lines[0]</c> is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; }

    /// <summary>
    /// Where 1-based line <paramref name="line"/> stands in the document as its reader sees it: "line 12" in a
    /// text file (for <c>pdftotext -layout</c> text, the line of that text where the row or paragraph starts),
    /// "page 3, row 7" (a table row: its row on that page, header rows counted) or "page 3, line 12" (a paragraph)
    /// in a PDF, "table 2, row 5" or "paragraph 40" in a Word document. Empty for line 0 (the whole document).
    /// </summary>
    public string Place(int line) =>
        line < 1 ? string.Empty
        : _places is not null && line <= _places.Count ? _places[line - 1]
        : string.Create(CultureInfo.InvariantCulture, $"line {line}");

    /// <summary>Reads a document (see <see cref="Parse(string, byte[])"/>). A file over 50 MB is refused before it is read.</summary>
    public static PlanText Load(string path)
    {
        var name = Path.GetFileName(path);
        var size = new FileInfo(path).Length;
        if (size > DocumentLimits.Default.MaxFileBytes)
        {
            throw TooLarge(name, size, DocumentLimits.Default);
        }

        return Parse(name, File.ReadAllBytes(path));
    }

    /// <summary>
    /// Parses document bytes, by what they are rather than by the file's name: a PDF (<c>%PDF-</c>, see
    /// <see cref="PdfText"/>), a Word document (a zip archive with <c>word/document.xml</c>, see
    /// <see cref="DocxText"/>), otherwise UTF-8 text (with or without BOM; CRLF or LF) — read as
    /// <c>pdftotext -layout</c> output when it is that (see <see cref="LayoutText"/>), else line by line as written.
    /// Every failure is an <see cref="IngestionException"/> naming the file: over 50 MB, a zip bomb, an encrypted,
    /// damaged or scanned PDF, an old .doc, a picture, text that is not UTF-8, an empty document.
    /// </summary>
    public static PlanText Parse(string name, byte[] bytes) => Parse(name, bytes, DocumentLimits.Default, CancellationToken.None);

    /// <summary>As <see cref="Parse(string, byte[])"/>, stopping a PDF's reading when <paramref name="cancellation"/> fires.</summary>
    public static PlanText Parse(string name, byte[] bytes, CancellationToken cancellation) =>
        Parse(name, bytes, DocumentLimits.Default, cancellation);

    internal static PlanText Parse(string name, byte[] bytes, DocumentLimits limits, CancellationToken cancellation)
    {
        if (bytes.Length > limits.MaxFileBytes)
        {
            throw TooLarge(name, bytes.Length, limits);
        }

        switch (DocumentKinds.Of(bytes))
        {
            case DocumentKind.Pdf:
                return FromLines(name, bytes, PdfText.Read(name, bytes, limits, cancellation));
            case DocumentKind.Zip:
                DocxPackage.Check(name, bytes, limits);
                return FromLines(name, bytes, DocxText.Read(name, bytes));
            case DocumentKind.LegacyOffice:
                throw new IngestionException(name, 0, "is an old binary Office file (.doc or .xls), which is not read: open it and save it as .docx (Word) or PDF");
            case DocumentKind.Image:
                throw new IngestionException(name, 0,
                    "is a picture (a scan), not a document with text: make it a PDF with a text layer, `ocrmypdf -l vie --image-dpi 300 scan.jpg plan.pdf` (Debian: apt-get install ocrmypdf tesseract-ocr-vie), and add that");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstInvalidByte(bytes);
            throw new IngestionException(name, line, $"is not valid UTF-8 text (byte {column} of the line): save the document as UTF-8");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new IngestionException(name, 0, "the document is empty");
        }

        if (LayoutText.Recognises(text))
        {
            var laidOut = FromLines(name, bytes, LayoutText.Read(text));
            return new PlanText(laidOut.Name, laidOut.Lines, laidOut.Sha256, laidOut._places) { FromLaidOutText = true };
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        TextLimits.CheckLines(name, lines);
        return new PlanText(name, lines, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static PlanText FromLines(string name, byte[] bytes, IReadOnlyList<DocumentLine> lines)
    {
        if (lines.All(l => string.IsNullOrWhiteSpace(l.Text)))
        {
            throw new IngestionException(name, 0, "the document is empty");
        }

        var text = lines.Select(l => l.Text).ToList();
        TextLimits.CheckLines(name, text);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new PlanText(name, text, sha256, lines.Select(l => l.Place).ToList());
    }

    private static IngestionException TooLarge(string name, long size, DocumentLimits limits) =>
        new(name, 0, $"is {DocumentLimits.Megabytes(size)}, more than the {DocumentLimits.Megabytes(limits.MaxFileBytes)} a plan document may be: refused (a plan's text is a few MB; leave scanned annexes out or compress its pictures)");

    // 1-based line and byte column of the first byte that does not start a valid UTF-8 sequence.
    private static (int Line, int Column) FirstInvalidByte(byte[] bytes)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < bytes.Length;)
        {
            if (System.Buffers.OperationStatus.Done != Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var consumed))
            {
                return (line, i - lineStart + 1);
            }

            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }

            i += consumed;
        }

        return (line, 1);
    }

    /// <summary>The text of 1-based line <paramref name="number"/>.</summary>
    public string Line(int number) => Lines[number - 1];

    /// <summary>
    /// Lines that open an appendix ("Phụ lục", "PHỤ LỤC I", "Phụ lục 2"), 1-based, in order. Only lines that are
    /// nothing but the heading count: a sentence that mentions an appendix does not.
    /// </summary>
    public IReadOnlyList<int> AppendixHeadings()
    {
        var found = new List<int>();
        for (var i = 0; i < Lines.Count; i++)
        {
            if (AppendixHeading().IsMatch(CellText.Clean(Lines[i]).Replace("*", string.Empty, StringComparison.Ordinal).Trim()))
            {
                found.Add(i + 1);
            }
        }

        return found;
    }

    /// <summary>The rows of every tab-separated line from <paramref name="first"/> to <paramref name="last"/> (inclusive, 1-based).</summary>
    public IReadOnlyList<TableRow> Rows(int first, int last)
    {
        var rows = new List<TableRow>();
        for (var n = first; n <= last && n <= Lines.Count; n++)
        {
            var line = Lines[n - 1];
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                rows.Add(new TableRow(n, line.Split('\t')));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^-?\s*ph[ụu]\s*l[ụu]c(\s+([ivx]+|\d+))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppendixHeading();
}
