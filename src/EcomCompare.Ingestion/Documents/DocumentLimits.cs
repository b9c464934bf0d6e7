namespace EcomCompare.Ingestion.Documents;

/// <summary>
/// Bounds on the work one document may cost, so that a hostile or broken file fails with a clear message instead
/// of exhausting memory or time. A plan is a few MB and a few dozen pages; these are far above that.
/// </summary>
/// <param name="MaxFileBytes">Largest document read at all.</param>
/// <param name="MaxUnpackedBytes">Most a Word document (a zip archive) may unpack to, all entries together.</param>
/// <param name="MaxZipEntries">Most entries a Word document's archive may have.</param>
/// <param name="MaxPdfPages">Most pages a PDF may have.</param>
/// <param name="MaxPdfLetters">Most letters a PDF's pages may hold together.</param>
/// <param name="PdfTime">Longest a PDF may take to read (checked between pages).</param>
internal sealed record DocumentLimits(
    long MaxFileBytes, long MaxUnpackedBytes, int MaxZipEntries, int MaxPdfPages, long MaxPdfLetters, TimeSpan PdfTime)
{
    /// <summary>50 MB files, 200 MB unpacked, 10,000 zip entries, 2,000 pages, 5 million letters, 60 s.</summary>
    public static DocumentLimits Default { get; } = new(50L << 20, 200L << 20, 10_000, 2_000, 5_000_000, TimeSpan.FromSeconds(60));

    /// <summary>Megabytes with one decimal, for messages.</summary>
    public static string Megabytes(long bytes) => (bytes / (double)(1 << 20)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
