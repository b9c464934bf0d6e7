using System.IO.Compression;
using System.Text;
using EcomCompare.Editing;
using EcomCompare.Editing.Uploads;
using EcomCompare.Testing;

namespace EcomCompare.Editing.Tests;

/// <summary>Untrusted files: bounded reading, the kind from the content, zip bombs, names that try to be paths.</summary>
public sealed class HostileUploadTests
{
    private static readonly DataOptions Limits = new() { MaxUploadBytes = 64 * 1024, MaxUnpackedBytes = 1024 * 1024 };

    [Fact]
    public async Task AFileLargerThanTheLimitIsRefusedWhileItIsRead()
    {
        var stream = new CountingStream(new byte[10 * 1024 * 1024]);
        var refused = await Assert.ThrowsAsync<UploadRefusedException>(() => UploadReader.ReadAsync(stream, "big.txt", Limits, CancellationToken.None));
        Assert.Equal(UploadRefusal.TooLarge, refused.Refusal);
        Assert.InRange(stream.Taken, Limits.MaxUploadBytes, Limits.MaxUploadBytes + 81920); // stopped at the limit, not at the end
    }

    [Fact]
    public void AZipBombIsRefusedBeforeAnyReaderUnpacksIt()
    {
        // word/document.xml present, plus an entry of 2 MB of zeros that packs to a few kilobytes.
        var bomb = Zip(("word/document.xml", "<w:document/>"u8.ToArray()), ("word/media/zeros.bin", new byte[2 * 1024 * 1024]));
        Assert.True(bomb.Length < Limits.MaxUploadBytes);
        var refused = Assert.Throws<UploadRefusedException>(() => DocumentSniffer.KindOf(bomb, Limits.MaxUnpackedBytes));
        Assert.Equal(UploadRefusal.UnpacksTooLarge, refused.Refusal);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, UploadRefusal.OldOffice)]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, UploadRefusal.Picture)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 }, UploadRefusal.Picture)]
    [InlineData(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0 }, UploadRefusal.NotADocument)]
    public void TheKindComesFromTheContentNotTheName(byte[] head, UploadRefusal refusal)
    {
        var bytes = head.Concat(new byte[64]).ToArray();
        Assert.Equal(refusal, Assert.Throws<UploadRefusedException>(() => DocumentSniffer.KindOf(bytes, Limits.MaxUnpackedBytes)).Refusal);
    }

    [Fact]
    public void AZipThatIsNotAWordDocumentIsRefusedAndAPdfNamedTxtIsAPdf()
    {
        Assert.Equal(UploadRefusal.NotWord,
            Assert.Throws<UploadRefusedException>(() => DocumentSniffer.KindOf(Zip(("a.txt", "x"u8.ToArray())), Limits.MaxUnpackedBytes)).Refusal);
        Assert.Equal(DocumentKind.Pdf, DocumentSniffer.KindOf(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), Limits.MaxUnpackedBytes));
        Assert.Equal(DocumentKind.Docx, DocumentSniffer.KindOf(PlanDocx.From(TestData.Fixture("nui-do.txt")), Limits.MaxUnpackedBytes));
        Assert.Equal(DocumentKind.Text, DocumentSniffer.KindOf(Encoding.UTF8.GetBytes(TestData.Fixture("nui-do.txt")), Limits.MaxUnpackedBytes));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\system.ini", "system.ini")]
    [InlineData("/tmp/x/kế hoạch.docx", "kế hoạch.docx")]
    [InlineData("a\u0000b<script>.docx", "abscript.docx")]
    [InlineData("..", "upload")]
    public void TheUploadedNameIsOnlyEverShownAndNeverAPath(string sent, string shown)
    {
        Assert.Equal(shown, UploadReader.DisplayName(sent));
        var upload = new Upload(UploadReader.DisplayName(sent), DocumentKind.Docx, [1]);
        Assert.Equal("nui-do.docx", upload.StoredName("nui-do")); // stored under the province's code, whatever was sent
        Assert.Throws<ArgumentException>(() => upload.StoredName("../nui-do"));
    }

    [Fact]
    public async Task AnEmptyFileIsRefused()
    {
        var refused = await Assert.ThrowsAsync<UploadRefusedException>(
            () => UploadReader.ReadAsync(new MemoryStream(), "x.txt", Limits, CancellationToken.None));
        Assert.Equal(UploadRefusal.Empty, refused.Refusal);
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    // Counts what the reader took from it.
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long Taken { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await base.ReadAsync(buffer, cancellationToken);
            Taken += n;
            return n;
        }
    }
}
