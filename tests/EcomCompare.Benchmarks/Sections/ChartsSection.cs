using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using EcomCompare.Benchmarks.Harness;
using EcomCompare.Charts;
using EcomCompare.Charts.Png;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using Microsoft.Extensions.Primitives;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// Chart render times per chart kind, SVG against PNG interleaved: render-only (in process, the figure's data
/// already read: SVG markup, and SVG + rsvg-convert) and end to end over HTTP against the published server (a
/// new title each time so nothing comes from the cache, then the same URL again from the cache).
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
        var options = new ChartOptions();
        using var rasterizer = new SvgRasterizer(options);
        using var charts = new ChartService(queries, rasterizer, options);
        var catalog = await charts.CatalogAsync(cancellation);

        var renderRows = new List<IReadOnlyList<string>>();
        foreach (var chart in Charts)
        {
            var svgRequest = Request(chart + ".svg", catalog);
            var pngRequest = Request(chart + ".png", catalog);
            var figure = await charts.FigureAsync(svgRequest, catalog, cancellation);
            var query = await Measure.TimeAsync(() => charts.FigureAsync(svgRequest, catalog, cancellation), runs);
            var (svg, png, ratio) = await Measure.CompareAsync(
                () => { _ = ChartService.Svg(figure, svgRequest); return Task.CompletedTask; },
                () => rasterizer.RasterizeAsync(Encoding.UTF8.GetBytes(ChartService.Svg(figure, pngRequest)), pngRequest.PixelWidth, pngRequest.PixelHeight, cancellation),
                runs);
            var bytes = Encoding.UTF8.GetByteCount(ChartService.Svg(figure, svgRequest));
            renderRows.Add([chart, Samples.Ms(query.Median), Samples.Ms(svg.Median), Samples.Ms(png.Median), ReportWriter.Number(ratio, "0") + "×",
                string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB")]);
        }

        // What a PNG costs before any chart: the rasteriser's process start alone, and with the font loaded for one word.
        const string Empty = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"480\"><rect width=\"800\" height=\"480\" fill=\"#FFFFFF\"/></svg>";
        const string OneWord = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"480\" font-family=\"'Noto Sans'\"><text x=\"10\" y=\"50\" font-size=\"12\">Bình Định</text></svg>";
        var (empty, oneWord, _) = await Measure.CompareAsync(
            () => rasterizer.RasterizeAsync(Encoding.UTF8.GetBytes(Empty), 800, 480, cancellation),
            () => rasterizer.RasterizeAsync(Encoding.UTF8.GetBytes(OneWord), 800, 480, cancellation),
            runs);

        report.Line("Render only, in process (default sizes, scale 1):");
        report.Line(string.Empty);
        report.Table(["chart", "data (cube query → figure)", "SVG markup", "PNG (SVG + rsvg-convert)", "PNG / SVG", "SVG size"], renderRows);
        report.Paragraph($"Baseline of the PNG path: rsvg-convert on an 800×480 SVG without text {Samples.Ms(empty.Median)}, with one word of Noto Sans {Samples.Ms(oneWord.Median)} (process start, then font loading).");

        if (context.HostBinary is null)
        {
            report.Paragraph("End-to-end timings skipped: no published server (run `make publish`; `make bench` does).");
            return;
        }

        await using var server = await Server.StartAsync(context.HostBinary, context.CubePath);
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var e2eRows = new List<IReadOnlyList<string>>();
        var n = 0;
        foreach (var chart in Charts)
        {
            // A new title each time: parse + cube query + SVG (+ PNG) + HTTP, never from the cache.
            var (svg, png, ratio) = await Measure.CompareAsync(
                () => GetAsync(client, $"charts/{chart}.svg?title=run-{n++}"),
                () => GetAsync(client, $"charts/{chart}.png?title=run-{n++}"),
                runs);
            await GetAsync(client, $"charts/{chart}.png");
            var (cachedSvg, cachedPng, _) = await Measure.CompareAsync(
                () => GetAsync(client, $"charts/{chart}.svg"),
                () => GetAsync(client, $"charts/{chart}.png"),
                runs);
            e2eRows.Add([chart, Samples.Ms(svg.Median), Samples.Ms(png.Median), ReportWriter.Number(ratio, "0.0") + "×", Samples.Ms(cachedSvg.Median), Samples.Ms(cachedPng.Median)]);
        }

        report.Line("End to end over HTTP (published server, 127.0.0.1, one request at a time):");
        report.Line(string.Empty);
        report.Table(["chart", "SVG, uncached", "PNG, uncached", "PNG / SVG", "SVG, cached", "PNG, cached"], e2eRows);
        report.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Medians of {runs} runs each, SVG and PNG interleaved. Every uncached PNG starts a `rsvg-convert` process (librsvg, Noto Sans; see the baseline above); cached responses are served from memory until the cube is rebuilt."));
    }

    private static ChartRequest Request(string file, CubeCatalog catalog)
    {
        if (!ChartRequestParser.TryParse(file, new Dictionary<string, StringValues>(), out var parsed, out var error)
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

            var info = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(binary)! };
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
