using System.Diagnostics;

namespace EcomCompare.Ingestion.Tests.Documents;

/// <summary>
/// LibreOffice (<c>soffice --headless --convert-to pdf</c>) and poppler's <c>pdftotext -layout</c>, as a user turns a
/// Word plan into PDF and a PDF into text. Tools for tests only: the Makefile and CI install them
/// (libreoffice-writer-nogui, poppler-utils).
/// </summary>
internal static class OfficeTools
{
    /// <summary>Why the tools cannot run here, or null when they can.</summary>
    public static string? Missing { get; } =
        Find("soffice") is null ? "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
        : Find("pdftotext") is null ? "poppler-utils is not installed (apt-get install poppler-utils)"
        : null;

    /// <summary>Word documents (name → bytes) as PDFs, converted in one LibreOffice run with a profile of its own.</summary>
    public static Dictionary<string, byte[]> ToPdf(IReadOnlyDictionary<string, byte[]> documents)
    {
        var dir = Directory.CreateTempSubdirectory("ecomcompare-pdf-");
        try
        {
            foreach (var (name, bytes) in documents)
            {
                File.WriteAllBytes(Path.Combine(dir.FullName, name + ".docx"), bytes);
            }

            Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{dir.FullName}/profile", "--convert-to", "pdf", "--outdir", dir.FullName,
                .. documents.Keys.Select(n => Path.Combine(dir.FullName, n + ".docx"))]);
            return documents.Keys.ToDictionary(n => n, n => File.ReadAllBytes(Path.Combine(dir.FullName, n + ".pdf")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>A PDF as <c>pdftotext -layout</c> writes it (UTF-8; pages end in form feeds), or only page <paramref name="page"/>.</summary>
    public static string ToLayoutText(byte[] pdf, int? page = null)
    {
        var dir = Directory.CreateTempSubdirectory("ecomcompare-layout-");
        try
        {
            var path = Path.Combine(dir.FullName, "plan.pdf");
            File.WriteAllBytes(path, pdf);
            var number = page?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var pages = number is null ? Array.Empty<string>() : ["-f", number, "-l", number];
            Run("pdftotext", ["-layout", "-enc", "UTF-8", .. pages, path, Path.Combine(dir.FullName, "plan.txt")]);
            return File.ReadAllText(Path.Combine(dir.FullName, "plan.txt"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void Run(string tool, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Find(tool) ?? throw new InvalidOperationException(Missing))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in 3 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }

    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
}

/// <summary>A fact that needs LibreOffice and pdftotext; skipped, saying which to install, where they are missing.</summary>
public sealed class OfficeToolsFactAttribute : FactAttribute
{
    public OfficeToolsFactAttribute()
    {
        if (OfficeTools.Missing is { } missing)
        {
            Skip = missing;
        }
    }
}

/// <summary>A theory that needs LibreOffice and pdftotext; skipped, saying which to install, where they are missing.</summary>
public sealed class OfficeToolsTheoryAttribute : TheoryAttribute
{
    public OfficeToolsTheoryAttribute()
    {
        if (OfficeTools.Missing is { } missing)
        {
            Skip = missing;
        }
    }
}
