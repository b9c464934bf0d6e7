using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Documents;

/// <summary>A plan document's lines, 1-based, with helpers to find its appendices and tables.</summary>
public sealed partial class PlanText
{
    private PlanText(string name, IReadOnlyList<string> lines, string sha256)
    {
        Name = name;
        Lines = lines;
        Sha256 = sha256;
    }

    /// <summary>The document's file name (used in provenance).</summary>
    public string Name { get; }

    /// <summary>The lines; <c>Lines[0]</c> is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; }

    /// <summary>Reads a UTF-8 document. An empty document is bad input.</summary>
    public static PlanText Load(string path)
    {
        var name = Path.GetFileName(path);
        DocumentLimits.CheckFile(path);
        var bytes = File.ReadAllBytes(path);
        return Parse(name, bytes);
    }

    /// <summary>
    /// Parses document bytes: a Word document when the name ends in <c>.docx</c> (see <see cref="DocxText"/>),
    /// otherwise UTF-8 text (with or without BOM; CRLF or LF).
    /// </summary>
    public static PlanText Parse(string name, byte[] bytes)
    {
        if (name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            var docx = DocxText.Lines(name, bytes);
            if (docx.All(string.IsNullOrWhiteSpace))
            {
                throw new IngestionException(name, 0, "the document is empty");
            }

            DocumentLimits.CheckLines(name, docx);
            return new PlanText(name, docx, Convert.ToHexStringLower(SHA256.HashData(bytes)));
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

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        DocumentLimits.CheckLines(name, lines);
        return new PlanText(name, lines, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

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
