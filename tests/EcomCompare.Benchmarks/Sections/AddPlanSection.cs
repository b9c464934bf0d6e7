using System.Diagnostics;
using EcomCompare.Benchmarks.Harness;
using EcomCompare.Cube.Build;
using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Tests.Generator;
using EcomCompare.Testing;
using Microsoft.Playwright;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// Adding a plan from the dashboard, in Chromium against the published server on a copy of the data folder: from
/// choosing a 20-page .docx or PDF to the check shown on the page (goal ≤ 2 s), and from pressing Publish to the new
/// province's total on the funding page (goal ≤ 10 s). The documents come from the ingestion tests' plan generator,
/// with 19 pages of prose before the budget appendix.
/// </summary>
internal sealed class AddPlanSection : IBenchSection
{
    public int Order => 60;

    public string Title => "Add a plan from the dashboard (published server, Chromium)";

    public async Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        if (context.HostBinary is null || !BenchChromium.Available)
        {
            report.Paragraph("Skipped: needs the published server (`make publish`, `$ECOMCOMPARE_HOST`) and Debian's chromium.");
            return;
        }

        var runs = context.Quick ? 3 : 7;
        var data = TestData.CopyInto(Path.Combine(context.ScratchDirectory, "addplan-data"));
        var cube = Path.Combine(Directory.CreateDirectory(Path.Combine(context.ScratchDirectory, "addplan-cube")).FullName, "ecomcompare.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(Path.Combine(data, "sources"), Path.Combine(data, "categories")), cube);
        await using var server = await PublishedServer.StartAsync(cube, "--Data:Path", data);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchChromium.LaunchAsync(playwright);
        await using var browserContext = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "vi-VN",
        });
        var page = await browserContext.NewPageAsync();

        var (docx, pdf) = TwentyPagePlans();
        var machine = MachineLoad.Start();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (label, name, bytes) in new[] { ("20-page .docx", "plan.docx", docx), ("20-page PDF", "plan.pdf", pdf) })
        {
            var times = new List<TimeSpan>();
            var outcome = string.Empty;
            for (var i = 0; i < runs + 1; i++)
            {
                await OpenAsync(page, "/plans/add");
                var start = Stopwatch.GetTimestamp();
                await page.Locator("[data-testid=plan-file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/octet-stream", Buffer = bytes });
                await page.Locator("[data-testid=check-report], [data-testid=check-problem]").First.WaitForAsync(new() { Timeout = 120_000 });
                var elapsed = Stopwatch.GetElapsedTime(start);
                outcome = await page.Locator("[data-testid=check-report]").CountAsync() > 0
                    ? "check shown: " + await page.Locator("[data-testid=check-total]").InnerTextAsync()
                    : "not read: " + (await page.Locator("[data-testid=check-problem]").InnerTextAsync()).ReplaceLineEndings(" ");
                if (i > 0)
                {
                    times.Add(elapsed); // the first run warms the server's code paths
                }
            }

            var samples = new Samples(times);
            rows.Add([label, $"{bytes.Length / 1024} KB", Samples.Ms(samples.Median), Samples.Ms(samples.Min), Samples.Ms(samples.Max), outcome]);
        }

        report.Table(["upload → check shown", "size", "median", "min", "max", "result"], rows);

        var publish = new List<TimeSpan>();
        var visible = new List<TimeSpan>();
        for (var i = 1; i <= Math.Max(3, runs / 2); i++)
        {
            await OpenAsync(page, "/plans/add");
            await page.Locator("[data-testid=plan-file]").SetInputFilesAsync(new FilePayload { Name = "plan.docx", MimeType = "application/octet-stream", Buffer = docx });
            await page.Locator("[data-testid=check-report]").WaitForAsync(new() { Timeout = 120_000 });
            await page.Locator("[data-testid=details-name]").FillAsync($"Thử Nghiệm {i}");
            await page.Locator("[data-testid=details-name]").BlurAsync();
            await page.Locator("[data-testid=details-region]").SelectOptionAsync("Đồng bằng sông Hồng");
            await page.Locator("[data-testid=details-decision]").FillAsync($"{i}/QĐ-UBND");
            await page.Locator("[data-testid=details-date]").FillAsync("2021-05-01");
            await page.Locator("[data-testid=details-merged]").SelectOptionAsync("Hưng Yên");
            await page.Locator("[data-testid=details-apply]").ClickAsync();
            await page.Locator("[data-testid=details-ok]").WaitForAsync();
            await page.Locator("[data-testid=mapping-accept-all]").ClickAsync();
            await page.Locator("[data-testid=publish]:not([disabled])").WaitForAsync();

            var start = Stopwatch.GetTimestamp();
            await page.Locator("[data-testid=publish]").ClickAsync();
            await page.Locator("[data-testid=publish-ok]").WaitForAsync(new() { Timeout = 120_000 });
            publish.Add(Stopwatch.GetElapsedTime(start));
            await page.Locator("[data-testid=publish-see]").ClickAsync();
            await page.Locator($"[data-testid=total-thu-nghiem-{i}]").WaitForAsync(new() { Timeout = 120_000 });
            visible.Add(Stopwatch.GetElapsedTime(start));
        }

        var p = new Samples(publish);
        var v = new Samples(visible);
        report.Table(["publish (3 shipped plans + the new ones)", "median", "min", "max", "runs"],
        [
            ["Publish pressed → “published” (files written, cube rebuilt)", Samples.Ms(p.Median), Samples.Ms(p.Min), Samples.Ms(p.Max), $"{publish.Count}"],
            ["Publish pressed → new province's total on the funding page", Samples.Ms(v.Median), Samples.Ms(v.Min), Samples.Ms(v.Max), $"{visible.Count}"],
        ]);
        report.Paragraph($"Goals: the check shown within 2 s, the new province visible within 10 s. Machine busy during the runs: {machine.BusyPercent()}. "
            + "The upload travels over the dashboard's live connection; the check runs the same reader and reconciliation as `ecomcompare check`.");
    }

    private static async Task OpenAsync(IPage page, string address)
    {
        await page.GotoAsync(address);
        await page.Locator(".ec-app[data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });

        // The file input listens only after a script call that follows the interactive render (see the browser tests'
        // WatchedPage.ChooseFileAsync): a file chosen before that is lost.
        await page.WaitForFunctionAsync(
            "() => document.querySelector('[data-testid=plan-file]')?._blazorInputFileNextFileId !== undefined",
            null, new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 50 });
    }

    // A generated plan (items by year and source, as .docx and as PDF) with 19 pages of prose before the appendix.
    private static (byte[] Docx, byte[] Pdf) TwentyPagePlans()
    {
        var plan = GeneratedPlans.All.First(p => p.Format == PlanFormat.Docx && p.Case.Shape == TableShape.YearSourceColumns);
        var document = PlanRenderer.Render(plan.Truth, plan.Case);
        var filler = new List<Block>();
        for (var page = 1; page <= 19; page++)
        {
            for (var line = 1; line <= 28; line++)
            {
                filler.Add(new Paragraph(
                    $"Trang {page}, đoạn {line}: các sở, ban, ngành và địa phương tổ chức thực hiện kế hoạch, báo cáo kết quả định kỳ, kiểm tra và giám sát việc triển khai.",
                    NewPage: line == 1 && page > 1));
            }
        }

        var at = document.Blocks.ToList().FindIndex(b => b is Paragraph { NewPage: true });
        var blocks = document.Blocks.ToList();
        blocks.InsertRange(at < 0 ? blocks.Count : at, filler);
        var padded = new PlanDocument(blocks);
        return (DocxWriter.Write(padded), PdfWriter.Write(padded));
    }
}
