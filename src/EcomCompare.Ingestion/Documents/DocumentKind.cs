namespace EcomCompare.Ingestion.Documents;

/// <summary>What a document's bytes are, whatever its name says.</summary>
internal enum DocumentKind
{
    /// <summary>Anything else: read as UTF-8 text.</summary>
    Text,

    /// <summary>Starts with <c>%PDF-</c> (within its first kilobyte, as readers allow).</summary>
    Pdf,

    /// <summary>A zip archive (<c>PK\x03\x04</c>): a Word document when it holds <c>word/document.xml</c>.</summary>
    Zip,

    /// <summary>An OLE compound file: an old binary Word (.doc) or Excel (.xls) file.</summary>
    LegacyOffice,

    /// <summary>A picture (PNG, JPEG, TIFF): a scan, not a document with text.</summary>
    Image,
}

/// <summary>Tells a document's kind from its first bytes.</summary>
internal static class DocumentKinds
{
    /// <summary>The kind of <paramref name="bytes"/>.</summary>
    public static DocumentKind Of(ReadOnlySpan<byte> bytes)
    {
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }

        if (bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8))
        {
            return DocumentKind.Zip;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return DocumentKind.LegacyOffice;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8))
        {
            return DocumentKind.Image;
        }

        return DocumentKind.Text;
    }
}
