using System.Diagnostics;
using System.Net;
using EcomCompare.Testing;
using EcomCompare.Workbooks.Tests.Support;

namespace EcomCompare.Workbooks.Tests;

/// <summary>
/// The check that an office suite opens the workbooks: LibreOffice (Debian <c>libreoffice-calc-nogui</c>,
/// headless, its own throw-away profile, a time limit) converts each one to PDF without error.
/// </summary>
[Trait("Kind", "LibreOffice")]
[Collection(ServerCollection.Name)]
public sealed class LibreOfficeTests(ServerFixture fixture)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(180);

    /// <summary>The PDF's text as poppler's <c>pdftotext -layout</c> reads it, pages apart by form feeds.</summary>
    private static async Task<string> PdfTextAsync(string pdf)
    {
        var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-layout", pdf, "-" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    [Fact]
    public async Task LibreOfficeConvertsEveryWorkbookToPdf()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is missing: apt-get install libreoffice-calc-nogui (make test installs it)");
        var work = Directory.CreateTempSubdirectory("ecomcompare-lo-");
        try
        {
            var files = new List<string>();
            foreach (var url in new[] { "funding-split.xlsx", "funding-trend.xlsx?lang=en", "categories.xlsx",
                "budget-lines.xlsx?provinces=thai-binh", "targets.xlsx" })
            {
                using var response = await fixture.Client.GetAsync("export/" + url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var file = Path.Combine(work.FullName, url.Split('?')[0]);
                await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
                files.Add(file);
            }

            var output = Path.Combine(work.FullName, "pdf");
            var info = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // An isolated profile: no shared ~/.config/libreoffice, no lock held by another instance.
            foreach (var arg in new[] { "--headless", "--norestore",
                "-env:UserInstallation=" + new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri, "--convert-to", "pdf", "--outdir", output })
            {
                info.ArgumentList.Add(arg);
            }

            files.ForEach(info.ArgumentList.Add);
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"LibreOffice did not finish within {Limit.TotalSeconds} s");
            }

            var log = await stdout + await stderr;
            Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {log}");
            foreach (var file in files)
            {
                var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".pdf");
                Assert.True(File.Exists(pdf), $"no PDF for {Path.GetFileName(file)}: {log}");
                var bytes = await File.ReadAllBytesAsync(pdf);
                Assert.True(bytes.Length > 5_000, $"{pdf} is only {bytes.Length} bytes");
                Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
                File.Copy(pdf, Path.Combine(RepoPaths.Artifacts, Path.GetFileName(pdf)), overwrite: true);
            }

            // As printed: the three-province split is a cover and one page, its table whole (the last column's header
            // there), the title and filter at the top, the build time and page number at the foot.
            var split = await PdfTextAsync(Path.Combine(output, "funding-split.pdf"));
            var pages = split.Split('\f', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, pages.Length);
            Assert.Contains("Cơ cấu nguồn kinh phí theo tỉnh, 2021–2025 · Bình Định, Thái Bình, Cần Thơ", pages[1], StringComparison.Ordinal);
            Assert.Contains("nghiệp (%)", pages[1], StringComparison.Ordinal); // "Tỷ trọng doanh nghiệp (%)", wrapped
            Assert.Contains("5.5%", pages[1], StringComparison.Ordinal); // Thái Bình's enterprise share, the last column
            Assert.Contains("Trang 2 / 2", pages[1], StringComparison.Ordinal);
            Assert.Contains("UTC+7", pages[1], StringComparison.Ordinal);
            Assert.Contains("Kế hoạch phát triển thương mại điện tử Bình Định giai đoạn 2021–2025", pages[0], StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
