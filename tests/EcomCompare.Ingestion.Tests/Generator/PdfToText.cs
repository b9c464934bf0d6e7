using System.Diagnostics;
using System.Text;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>The text <c>pdftotext -layout</c> (Debian's poppler-utils) makes of a PDF: columns aligned with runs of spaces.</summary>
internal static class PdfToText
{
    public const string Tool = "/usr/bin/pdftotext";

    public static bool Available => File.Exists(Tool);

    public static string MissingReason => $"{Tool} is not installed (Debian package poppler-utils; make system-deps installs it)";

    public static byte[] Convert(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("ecomcompare-pdftotext-");
        try
        {
            var input = Path.Combine(folder.FullName, "plan.pdf");
            var output = Path.Combine(folder.FullName, "plan.txt");
            File.WriteAllBytes(input, pdf);
            using var process = Process.Start(new ProcessStartInfo(Tool, ["-layout", "-enc", "UTF-8", input, output]) { RedirectStandardError = true })
                ?? throw new InvalidOperationException("pdftotext did not start");
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftotext failed ({process.ExitCode}): {errors}");
            }

            return Encoding.UTF8.GetBytes(File.ReadAllText(output, Encoding.UTF8));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
