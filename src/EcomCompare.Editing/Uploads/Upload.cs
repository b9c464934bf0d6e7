using System.Security.Cryptography;

namespace EcomCompare.Editing.Uploads;

/// <summary>What a document is, read from its first bytes (never from its name).</summary>
public enum DocumentKind
{
    /// <summary>UTF-8 text (tab-separated tables, or <c>pdftotext -layout</c> output).</summary>
    Text,

    /// <summary>A Word document (.docx).</summary>
    Docx,

    /// <summary>A PDF.</summary>
    Pdf,
}

/// <summary>An uploaded document, read within the limits and recognised by its content.</summary>
/// <param name="DisplayName">The name the browser sent, reduced to a plain file name: shown and logged, never a path.</param>
/// <param name="Kind">What the bytes are.</param>
/// <param name="Bytes">The document.</param>
public sealed record Upload(string DisplayName, DocumentKind Kind, byte[] Bytes)
{
    /// <summary>Hex SHA-256 of the bytes (the audit log's fingerprint of the file).</summary>
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <summary>The file's extension for its kind: <c>.txt</c>, <c>.docx</c> or <c>.pdf</c>.</summary>
    public string Extension => Kind switch { DocumentKind.Docx => ".docx", DocumentKind.Pdf => ".pdf", _ => ".txt" };

    /// <summary>The name the document is stored under in the data folder: the province's code and the kind's extension.</summary>
    public string StoredName(string provinceCode) => ProvinceCodes.IsValid(provinceCode)
        ? provinceCode + Extension
        : throw new ArgumentException($"'{provinceCode}' is not a province code", nameof(provinceCode));
}
