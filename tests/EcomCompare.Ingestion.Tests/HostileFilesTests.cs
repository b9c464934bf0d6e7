using System.IO.Compression;
using System.Text;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Tests.Documents;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// Bad and hostile files fail with a clear message that names the file and says what to do: encrypted, damaged
/// and scanned PDFs, zip bombs, files too large, files whose name lies about what they are, a PDF that takes too
/// long to read. The kind of a file is read from its bytes.
/// </summary>
public class HostileFilesTests
{
    private static readonly Lazy<byte[]> Drawn = new(PdfTextTests.Draw);

    private static IngestionException Refused(string name, byte[] bytes, DocumentLimits? limits = null)
    {
        var error = Assert.Throws<IngestionException>(() => PlanText.Parse(name, bytes, limits ?? DocumentLimits.Default, CancellationToken.None));
        Assert.Equal(name, error.File);
        Assert.StartsWith(name + ": ", error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void AnEncryptedPdfAsksForACopyWithoutPassword()
    {
        var bytes = new TestPdf().Paragraph("Kế hoạch phát triển thương mại điện tử").Save(d => d.SecuritySettings.UserPassword = "mat-khau");
        var error = Refused("khoa.pdf", bytes);
        Assert.Contains("is an encrypted PDF", error.Message, StringComparison.Ordinal);
        Assert.Contains("without a password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APdfWithOnlyAnOwnerPasswordIsRead()
    {
        // Restrictions on printing or copying need no password to open: such a PDF reads as any other.
        var bytes = new TestPdf().Paragraph("Kế hoạch phát triển thương mại điện tử").Save(d => d.SecuritySettings.OwnerPassword = "chu-so-huu");
        Assert.Equal(["Kế hoạch phát triển thương mại điện tử"], PlanText.Parse("han-che.pdf", bytes).Lines);
    }

    [Fact]
    public void ATruncatedPdfIsCalledDamaged()
    {
        var error = Refused("cut.pdf", Drawn.Value[..(Drawn.Value.Length / 2)]);
        Assert.Equal("cut.pdf: is a damaged or truncated PDF (it does not end with %%EOF): download or export it again", error.Message);
    }

    [Fact]
    public void APdfWithGarbageInsideIsCalledDamaged()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        var error = Refused("hong.pdf", bytes);
        Assert.Matches("^hong.pdf: is (a damaged PDF that cannot be read|a PDF with no pages)", error.Message);
    }

    [Fact]
    public void AScannedPdfSaysHowToAddATextLayer()
    {
        var bytes = new TestPdf(pageNumbers: false).ScannedPage(Bitmap(40, 30)).ScannedPage(Bitmap(40, 30)).Save();
        var error = Refused("scan.pdf", bytes);
        Assert.Equal(
            "scan.pdf: is a scanned PDF: its 2 pages are images with no text layer, so there is no text to read. Add a text layer by OCR and add that file instead: " +
            "`ocrmypdf -l vie input.pdf output.pdf` (Debian: apt-get install ocrmypdf tesseract-ocr-vie)", error.Message);
    }

    [Fact]
    public void AFileOver50MegabytesIsRefusedBeforeItIsRead()
    {
        var error = Refused("huge.txt", new byte[60 << 20]);
        Assert.StartsWith("huge.txt: is 60 MB, more than the 50 MB a plan document may be", error.Message, StringComparison.Ordinal);

        // From disk the size is checked before a byte is read: a sparse 3 GB file fails at once.
        var path = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.pdf");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(3L << 30);
            }

            var fromDisk = Assert.Throws<IngestionException>(() => PlanText.Load(path));
            Assert.StartsWith(Path.GetFileName(path) + ": is 3072 MB, more than the 50 MB", fromDisk.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AZipBombNamedDocxIsRefusedByTheSizeItDeclares()
    {
        // 300 MB of zeros deflate to a few hundred kilobytes.
        var error = Refused("bomb.docx", Zip(("[Content_Types].xml", 100), ("word/document.xml", 300L << 20)));
        Assert.StartsWith("bomb.docx: is a zip archive that unpacks to more than a Word document may (its entries declare 300 MB; the limit is 200 MB): a zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AZipBombThatLiesAboutItsSizeIsStoppedWhileInflating()
    {
        // The entries say they hold 1 KB; they inflate to 8 MB, over a 4 MB limit (a small one keeps the test fast).
        var bytes = Zip(("[Content_Types].xml", 100), ("word/document.xml", 8L << 20));
        Lie(bytes, 1024);
        var error = Refused("liar.docx", bytes, DocumentLimits.Default with { MaxUnpackedBytes = 4L << 20 });
        Assert.Matches(@"^liar\.docx: is (a zip archive that unpacks to more than a Word document may \(its entries inflate to more than 4(\.\d)? MB; the limit is 4 MB\)|not a readable Word \(\.docx\) document)", error.Message);
    }

    [Fact]
    public void FilesAreReadByWhatTheyAreNotByTheirName()
    {
        // A PDF named .docx, a Word document named .txt, text named .pdf.
        Assert.Contains("<b>PHỤ LỤC</b>", PlanText.Parse("plan.docx", Drawn.Value).Lines);
        var (docx, _, _) = DocxPlansTests.Word(["Phụ lục", "TT\tNội dung\tNăm 2021", "1\tHội nghị\t100"]);
        var word = PlanText.Parse("plan.txt", docx);
        Assert.Equal(["Phụ lục", "TT\tNội dung\tNăm 2021", "1\tHội nghị\t100"], word.Lines);
        Assert.Equal(["paragraph 1", "table 1, row 1", "table 1, row 2"], Enumerable.Range(1, 3).Select(word.Place));
        Assert.Equal(["Phụ lục", "1\tHội nghị\t100"], PlanText.Parse("plan.pdf", Encoding.UTF8.GetBytes("Phụ lục\n1\tHội nghị\t100")).Lines);
    }

    [Fact]
    public void OtherKindsOfFileAreNamedForWhatTheyAre()
    {
        Assert.Contains("is a zip archive but not a Word document (it has no word/document.xml)", Refused("book.docx", Zip(("xl/workbook.xml", 100))).Message, StringComparison.Ordinal);
        Assert.Contains("is an old binary Office file (.doc or .xls)", Refused("plan.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).Message, StringComparison.Ordinal);
        Assert.Contains("is a picture (a scan)", Refused("scan.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).Message, StringComparison.Ordinal);
        Assert.Contains("ocrmypdf", Refused("scan.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingAPdfIsBoundedInPagesLettersAndTime()
    {
        var pages = Refused("long.pdf", Drawn.Value, DocumentLimits.Default with { MaxPdfPages = 1 });
        Assert.StartsWith("long.pdf: is a PDF of 2 pages, more than the 1 a plan document may have", pages.Message, StringComparison.Ordinal);
        var dense = Refused("dense.pdf", Drawn.Value, DocumentLimits.Default with { MaxPdfLetters = 1000 });
        Assert.StartsWith("dense.pdf: is a PDF with more than 1,000 letters (at page 1 of 2)", dense.Message, StringComparison.Ordinal);
        var slow = Refused("slow.pdf", Drawn.Value, DocumentLimits.Default with { PdfTime = TimeSpan.Zero });
        Assert.StartsWith("slow.pdf: reading the PDF took longer than 0 s (stopped at page 1 of 2)", slow.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<OperationCanceledException>(() => PlanText.Parse("cancelled.pdf", Drawn.Value, new CancellationToken(canceled: true)));
    }

    // A zip archive whose entries hold that many zeros.
    private static byte[] Zip(params (string Name, long Size)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            foreach (var (name, size) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                for (var left = size; left > 0; left -= zeros.Length)
                {
                    entry.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
                }
            }
        }

        return stream.ToArray();
    }

    // Writes a false uncompressed size into every local and central directory header.
    private static void Lie(byte[] zip, uint size)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var at = signature switch { 0x04034b50 => i + 22, 0x02014b50 => i + 24, _ => -1 };
            if (at > 0 && at + 4 <= zip.Length)
            {
                BitConverter.GetBytes(size).CopyTo(zip, at);
            }
        }
    }

    // A grey 24-bit BMP, as a scanner's page image.
    private static byte[] Bitmap(int width, int height)
    {
        var row = ((width * 3) + 3) & ~3;
        var bytes = new byte[54 + (row * height)];
        "BM"u8.CopyTo(bytes);
        BitConverter.GetBytes(bytes.Length).CopyTo(bytes, 2);
        BitConverter.GetBytes(54).CopyTo(bytes, 10);
        BitConverter.GetBytes(40).CopyTo(bytes, 14);
        BitConverter.GetBytes(width).CopyTo(bytes, 18);
        BitConverter.GetBytes(height).CopyTo(bytes, 22);
        BitConverter.GetBytes((short)1).CopyTo(bytes, 26);
        BitConverter.GetBytes((short)24).CopyTo(bytes, 28);
        BitConverter.GetBytes(row * height).CopyTo(bytes, 34);
        Array.Fill(bytes, (byte)200, 54, row * height);
        return bytes;
    }
}
