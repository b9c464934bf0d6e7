using System.IO.Compression;

namespace EcomCompare.Editing.Uploads;

/// <summary>
/// What a document's bytes are: a PDF (<c>%PDF-</c> in its first kilobyte), a Word document (a zip archive with
/// <c>word/document.xml</c>, unpacked within a bound before any reader sees it), or text; anything else is refused
/// naming what it is. The file's name plays no part.
/// </summary>
public static class DocumentSniffer
{
    private const int MaxEntries = 5000;

    /// <summary>The kind of <paramref name="bytes"/>; throws <see cref="UploadRefusedException"/> for anything else.</summary>
    public static DocumentKind KindOf(byte[] bytes, long maxUnpackedBytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            CheckWordArchive(bytes, maxUnpackedBytes);
            return DocumentKind.Docx;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new UploadRefusedException(UploadRefusal.OldOffice, "an old binary Office file (.doc): save it as .docx or PDF");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || head.StartsWith("GIF8"u8) || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            throw new UploadRefusedException(UploadRefusal.Picture, "a picture (a scan), not a document with text");
        }

        if (head.IndexOf((byte)0) >= 0)
        {
            throw new UploadRefusedException(UploadRefusal.NotADocument, "binary data that is neither PDF, Word nor text");
        }

        return DocumentKind.Text;
    }

    // Every entry unpacked into nothing, counting: a zip bomb (a small file that unpacks to gigabytes, or whose
    // headers understate its size) is refused as soon as the count passes the bound, before a reader unpacks it.
    private static void CheckWordArchive(byte[] bytes, long maxUnpackedBytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                throw new UploadRefusedException(UploadRefusal.UnpacksTooLarge, $"the archive holds more than {MaxEntries} files");
            }

            if (archive.GetEntry("word/document.xml") is null)
            {
                throw new UploadRefusedException(UploadRefusal.NotWord, "a zip archive without word/document.xml: not a Word document");
            }

            long total = 0;
            var sink = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > maxUnpackedBytes - total)
                {
                    throw new UploadRefusedException(UploadRefusal.UnpacksTooLarge, $"the document unpacks to more than {maxUnpackedBytes} bytes");
                }

                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(sink)) > 0)
                {
                    total += read;
                    if (total > maxUnpackedBytes)
                    {
                        throw new UploadRefusedException(UploadRefusal.UnpacksTooLarge, $"the document unpacks to more than {maxUnpackedBytes} bytes");
                    }
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new UploadRefusedException(UploadRefusal.NotWord, "a damaged zip archive: " + e.Message);
        }
    }
}
