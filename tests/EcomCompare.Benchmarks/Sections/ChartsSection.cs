using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using EcomCompare.Benchmarks.Harness;
using EcomCompare.Charts;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Views.Catalog;
using Microsoft.Extensions.Primitives;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// Chart render times per chart kind, SVG against PNG interleaved (both drawn in process by ScottPlot / SkiaSharp):
/// render-only (the figure's data already read) and end to end over HTTP against the published server — a new
/// title each time so nothing comes from the cache, at 800×500 — then the same URL again from the cache. Targets:
/// uncached PNG median ≤ 50 ms, SVG ≤ 10 ms.
/// </summary>
internal sealed class ChartsSection : IBenchSection
{
    private static readonly string[] Charts = ["funding-split", "funding-trend", "categories", "co-financing"];

    public int Order => 40;

    public string Title => "Charts: SVG and PNG render times";

    public async Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        var runs = context.Quick ? 5 : 25;
        using var store = new CubeStore(new CubeStoreOptions { Path = context.CubePath });
        var queries = new CubeQueries(store);
        using var charts = ChartService.Create(queries);
        var catalog = await charts.CatalogAsync(cancellation);

        var renderRows = new List<IReadOnlyList<string>>();
        foreach (var chart in Charts)
        {
            var svgRequest = Request(chart + ".svg?width=800&height=500", catalog);
            var pngRequest = Request(chart + ".png?width=800&height=500", catalog);
            var figure = await charts.FigureAsync(svgRequest, catalog, cancellation);
            // The cube's answer asked afresh each time (the service keeps answers per build; this is its first ask).
            var query = await Measure.TimeAsync(
                async () => svgRequest.Chart.Build(svgRequest, catalog, await queries.AskAsync(svgRequest.Chart.Question(svgRequest), cancellation)),
                runs);
            var (svg, png, ratio) = await Measure.CompareAsync(
                () => { _ = ChartService.Draw(figure, svgRequest); return Task.CompletedTask; },
                () => { _ = ChartService.Draw(figure, pngRequest); return Task.CompletedTask; },
                runs);
            // CPU time of this process per render: what a render costs whatever else the shared machine runs.
            var svgCpu = CpuPerRun(() => ChartService.Draw(figure, svgRequest), runs);
            var pngCpu = CpuPerRun(() => ChartService.Draw(figure, pngRequest), runs);
            var svgBytes = ChartService.Draw(figure, svgRequest).Bytes.Length;
            var pngBytes = ChartService.Draw(figure, pngRequest).Bytes.Length;
            renderRows.Add([chart, Samples.Ms(query.Median), Samples.Ms(svg.Median), Samples.Ms(png.Median), ReportWriter.Number(ratio, "0.0") + "×",
                string.Create(CultureInfo.InvariantCulture, $"{svgCpu:0.0} ms / {pngCpu:0.0} ms"),
                string.Create(CultureInfo.InvariantCulture, $"{svgBytes / 1024.0:0.0} KB / {pngBytes / 1024.0:0.0} KB")]);
        }

        report.Line("Render only, in process (800×500, scale 1):");
        report.Line(string.Empty);
        report.Table(
            ["chart", "data (cube query → figure)", "SVG (ScottPlot)", "PNG (ScottPlot)", "PNG / SVG", "CPU per SVG / PNG", "SVG / PNG size"],
            renderRows);
        report.Paragraph(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Wall-clock medians of {runs} runs; CPU per render is this process's processor time over {runs} renders. Load average when the section ran: {MachineLoadAverage()}."));

        if (context.HostBinary is null)
        {
            report.Paragraph("End-to-end timings skipped: no published server (run `make publish`; `make bench` does).");
            return;
        }

        await using var server = await Server.StartAsync(context.HostBinary, context.CubePath);
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var e2eRows = new List<IReadOnlyList<string>>();
        var allSvg = new List<TimeSpan>();
        var allPng = new List<TimeSpan>();
        var allNewSvg = new List<TimeSpan>();
        var n = 0;
        foreach (var chart in Charts)
        {
            // A new title each time: the picture is never in the cache (parse + ScottPlot drawing + HTTP); the cube's
            // answer for the view is, after the first (the service keeps answers per build).
            var (svg, png, ratio) = await Measure.CompareAsync(
                () => GetAsync(client, $"charts/{chart}.svg?width=800&height=500&title=run-{n++}"),
                () => GetAsync(client, $"charts/{chart}.png?width=800&height=500&title=run-{n++}"),
                runs);
            allSvg.AddRange(svg.Values);
            allPng.AddRange(png.Values);

            // A view never asked before each time (another provinces × years slice): the cube query is in it too.
            var view = 0;
            var (newSvg, newPng, _) = await Measure.CompareAsync(
                () => GetAsync(client, $"charts/{chart}.svg?width=800&height=500&{NewViews[view++ % NewViews.Count]}"),
                () => GetAsync(client, $"charts/{chart}.png?width=800&height=500&{NewViews[view++ % NewViews.Count]}"),
                runs);
            allNewSvg.AddRange(newSvg.Values);
            await GetAsync(client, $"charts/{chart}.png?width=800&height=500");
            var (cachedSvg, cachedPng, _) = await Measure.CompareAsync(
                () => GetAsync(client, $"charts/{chart}.svg?width=800&height=500"),
                () => GetAsync(client, $"charts/{chart}.png?width=800&height=500"),
                runs);
            e2eRows.Add(
                [
                    chart, Samples.Ms(svg.Median), Samples.Ms(png.Median), ReportWriter.Number(ratio, "0.0") + "×", Samples.Ms(newSvg.Median),
                    Samples.Ms(newPng.Median), Samples.Ms(cachedSvg.Median), Samples.Ms(cachedPng.Median)]);
        }

        var overallSvg = new Samples(allSvg).Median;
        var overallPng = new Samples(allPng).Median;
        var overallNewSvg = new Samples(allNewSvg).Median;
        e2eRows.Add(
            [
                "all charts", Samples.Ms(overallSvg), Samples.Ms(overallPng), ReportWriter.Number(
                    overallPng.TotalMilliseconds / overallSvg.TotalMilliseconds, "0.0") + "×", Samples.Ms(overallNewSvg), string.Empty, string.Empty,
                string.Empty]);
        report.Line("End to end over HTTP (published server, 127.0.0.1, one request at a time, 800×500):");
        report.Line(string.Empty);
        report.Table(
            [
                "chart", "SVG, uncached (new title)", "PNG, uncached (new title)", "PNG / SVG", "SVG, new view", "PNG, new view", "SVG, cached",
                "PNG, cached"], e2eRows);
        report.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Medians of {runs} runs each, SVG and PNG interleaved. Targets: uncached PNG ≤ 50 ms " +
            $"({(overallPng.TotalMilliseconds <= 50 ? "met" : "NOT met")}: {overallPng.TotalMilliseconds:0.0} ms), uncached SVG ≤ 10 ms " +
            $"({(overallSvg.TotalMilliseconds <= 10 ? "met" : "NOT met")}: {overallSvg.TotalMilliseconds:0.0} ms; a view never asked before, " +
            $"its cube query included: {overallNewSvg.TotalMilliseconds:0.0} ms). Cached responses are served from memory until the cube is rebuilt."));
    }

    // provinces × year ranges: 7 × 15 slices, each a question the cube has not been asked in this run.
    private static readonly IReadOnlyList<string> NewViews =
    [
        .. from provinces in new[] { "binh-dinh", "thai-binh", "can-tho", "binh-dinh,thai-binh", "binh-dinh,can-tho", "thai-binh,can-tho",
            "binh-dinh,thai-binh,can-tho" }
           from first in Enumerable.Range(2021, 5)
           from last in Enumerable.Range(first, 2026 - first)
           select string.Create(CultureInfo.InvariantCulture, $"provinces={provinces}&years={first}-{last}"),
    ];

    private static double CpuPerRun(Action action, int runs)
    {
        action();
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            action();
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds / runs;
    }

    private static string MachineLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static ChartRequest Request(string url, CubeCatalog catalog)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var file = question < 0 ? url : url[..question];
        var query = question < 0
            ? new Dictionary<string, StringValues>() : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[question..]);
        if (!ChartRequestParser.TryParse(file, query, out var parsed, out var error)
            || !ChartRequestParser.TryResolve(parsed, catalog, out var request, out error))
        {
            throw new InvalidOperationException(error);
        }

        return request;
    }

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The published server as a child process on a free port.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly Process _process;

        private Server(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static async Task<Server> StartAsync(string binary, string cube)
        {
            int port;
            using (var listener = new TcpListener(IPAddress.Loopback, 0))
            {
                listener.Start();
                port = ((IPEndPoint)listener.LocalEndpoint).Port;
            }

            var info = new ProcessStartInfo(binary)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(binary)!
            };
            foreach (var arg in new[] { "--urls", $"http://127.0.0.1:{port}", "--Cube:Path", cube, "--Logging:LogLevel:Default", "Warning" })
            {
                info.ArgumentList.Add(arg);
            }

            var process = Process.Start(info)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var server = new Server(process, new Uri($"http://127.0.0.1:{port}/"));
            using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
            for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(100))
            {
                try
                {
                    using var health = await client.GetAsync("healthz");
                    if (health.IsSuccessStatusCode)
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }
            }

            await server.DisposeAsync();
            throw new TimeoutException("the published server did not answer /healthz within 30 s");
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }
}
