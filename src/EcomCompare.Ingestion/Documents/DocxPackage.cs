using System.IO.Compression;

namespace EcomCompare.Ingestion.Documents;

/// <summary>
/// Checks a zip archive before a Word reader opens it: that it is a Word document, and that it does not unpack to
/// more than <see cref="DocumentLimits.MaxUnpackedBytes"/> — a zip bomb is a few kilobytes that inflate to
/// gigabytes. The sizes the entries declare are checked first, then every entry is inflated into a counter that
/// stops at the limit, since a declared size can lie.
/// </summary>
internal static class DocxPackage
{
    /// <summary>Throws <see cref="IngestionException"/> naming the file unless it is a Word document within the limits.</summary>
    public static void Check(string name, byte[] bytes, DocumentLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                throw new IngestionException(name, 0, $"is a zip archive of {zip.Entries.Count} entries (more than {limits.MaxZipEntries}): not a Word document a plan would be; refused");
            }

            if (!zip.Entries.Any(e => e.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw new IngestionException(name, 0, "is a zip archive but not a Word document (it has no word/document.xml): save the plan as .docx, .pdf or UTF-8 text");
            }

            var declared = zip.Entries.Sum(e => e.Length);
            if (declared > limits.MaxUnpackedBytes)
            {
                throw Bomb(name, $"its entries declare {DocumentLimits.Megabytes(declared)}", limits);
            }

            var buffer = new byte[81920];
            long unpacked = 0;
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    unpacked += read;
                    if (unpacked > limits.MaxUnpackedBytes)
                    {
                        throw Bomb(name, $"its entries inflate to more than {DocumentLimits.Megabytes(unpacked)}", limits);
                    }
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new IngestionException(name, 0, $"is not a readable Word (.docx) document: {e.Message}");
        }
    }

    private static IngestionException Bomb(string name, string size, DocumentLimits limits) =>
        new(name, 0, $"is a zip archive that unpacks to more than a Word document may ({size}; the limit is {DocumentLimits.Megabytes(limits.MaxUnpackedBytes)}): a zip bomb, or not a plan; refused");
}
