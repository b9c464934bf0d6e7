using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using EcomCompare.Benchmarks.Harness;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Schema;
using EcomCompare.Cube.Sql;
using EcomCompare.Cube.Store;
using EcomCompare.Ingestion;
using EcomCompare.OData;
using EcomCompare.OData.Model;
using EcomCompare.OData.Query;
using EcomCompare.OData.Translation;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// The OData service end to end (the published server as a child process, over HTTP on 127.0.0.1) against the very
/// same SQL run directly on the binding: six representative queries on the real cube and on a synthetic cube of
/// more than ten million budget lines; then wrk's load on the real cube's groupby, with the server's peak memory.
/// </summary>
internal sealed partial class ODataSection : IBenchSection
{
    private const string Accept = "application/json;odata.metadata=minimal;q=1.0,application/json;odata=minimalmetadata;q=0.9,application/xml;q=0.7";
    private const string GroupBy = "BudgetLines?$apply=groupby((ProvinceCode,SourceCode),aggregate(Amount with sum as Total))";

    private static readonly (string Name, string Target, bool Aggregation)[] Queries =
    [
        ("key lookup", "BudgetLines(42)", false),
        ("filtered page", "BudgetLines?$filter=Year ge 2023 and SourceCode eq 'local'&$orderby=Amount desc&$count=true", false),
        ("groupby province × source", GroupBy, true),
        ("groupby category × year + compute", "BudgetLines?$apply=groupby((CategoryCode,Year),aggregate(Amount with sum as Total))/compute(Total div 1000 as Billions)", true),
        ("$count", "BudgetLines/$count?$filter=SourceCode eq 'local'", true),
        ("split set", "FundingSplitsByYear?$filter=Year eq 2022", true),
    ];

    public int Order => 30;

    public string Title => "OData service (HTTP end to end vs the same SQL on the binding)";

    public async Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        if (context.HostBinary is null)
        {
            report.Paragraph("Skipped: the published server is missing (`make publish`; `make bench` does it).");
            return;
        }

        var runs = context.Quick ? 5 : 25;
        report.Paragraph(
            "Each query is requested over HTTP from the published server (response cache off: every request parses, translates, runs DuckDB and serialises) " +
                         "and, interleaved, its rendered SQL is run on a read-only connection of the binding in this process with the same 2 DuckDB threads, reading every value. " +
                         $"Medians of {runs} runs; ratio = HTTP / direct.");

        report.Line("### Real cube (3 provinces, 287 budget lines)\n");
        await CompareAsync(context, report, context.CubePath, runs, requireRatio: null, cancellation);

        var lines = context.Quick ? 1_000_000 : 10_678_500;
        var synthetic = Path.Combine(context.ScratchDirectory, "synthetic.duckdb");
        var built = Stopwatch.StartNew();
        var facts = ODataSyntheticCube.Build(synthetic, itemsPerProvince: lines / (63 * 15));
        report.Line(
            string.Create(
                CultureInfo.InvariantCulture,
                $"### Synthetic cube ({facts:N0} budget lines: 63 provinces × {lines / (63 * 15):N0} items × 5 years × 3 sources; generated in {built.Elapsed.TotalSeconds:0.0} s)\n"));
        await CompareAsync(context, report, synthetic, context.Quick ? 3 : 9, requireRatio: 1.3, cancellation);

        report.Line("### Load: wrk on the real cube's groupby\n");
        await LoadAsync(context, report, cancellation);
        await RebuildUnderLoadAsync(context, report, cancellation);
    }

    private static async Task CompareAsync(
        BenchContext context, ReportWriter report, string cube, int runs, double? requireRatio, CancellationToken cancellation)
    {
        await using var server = await ODataHostProcess.StartAsync(context.HostBinary!, cube, ["--OData:CacheEntries", "0"]);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        // The server's own sandbox settings, and the cube's own connection type: the same streaming reads it serves with.
        // The live generation's own file, as the store opens it: DuckDB refuses to look for a WAL beside a path it
        // reached through the pointer link once external access is off.
        var file = EcomCompare.Cube.Store.CubeFiles.Live(cube) ?? cube;
        using var native = new DuckDBConnection(
            $"Data Source={file};access_mode=READ_ONLY;threads=2;enable_external_access=false;lock_configuration=true");
        native.Open();
        using var connection = new CubeConnection(native);
        var options = new ODataServiceOptions();
        var parser = new ODataRequestParser(CubeEdmModel.Instance, options);
        var translator = new ODataSqlTranslator(options);
        var root = new Uri(server.BaseAddress, "odata/");

        var rows = new List<IReadOnlyList<string>>();
        var failed = new List<string>();
        foreach (var (name, target, aggregation) in Queries)
        {
            var request = parser.Parse(root, target);
            var statements = Statements(translator, request, options.EffectivePageSize);
            long httpBytes = 0;
            long directRows = 0;
            var (direct, overHttp, ratio) = await Measure.CompareAsync(
                () =>
                {
                    directRows = statements.Sum(s => Drain(connection, s));
                    return Task.CompletedTask;
                },
                async () =>
                {
                    using var message = new HttpRequestMessage(HttpMethod.Get, "odata/" + target);
                    message.Headers.TryAddWithoutValidation("Accept", Accept);
                    using var response = await http.SendAsync(message, cancellation);
                    var body = await response.Content.ReadAsByteArrayAsync(cancellation);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"{target} → {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
                    }

                    httpBytes = body.Length;
                },
                runs,
                warmup: 2);
            var verdict = requireRatio is { } limit && aggregation ? (ratio <= limit ? " ✓" : " ✗") : string.Empty;
            if (verdict == " ✗")
            {
                failed.Add(name);
            }

            rows.Add([name, $"`{target}`", Samples.Ms(direct.Median), Samples.Ms(overHttp.Median), ReportWriter.Number(ratio) + "×" + verdict,
                directRows.ToString(CultureInfo.InvariantCulture), httpBytes.ToString("N0", CultureInfo.InvariantCulture)]);
        }

        report.Table(["query", "OData URL", "SQL through DuckDB.NET", "HTTP end to end", "ratio", "rows read", "response bytes"], rows);
        if (requireRatio is { } required)
        {
            report.Paragraph(failed.Count == 0
                ? $"Every aggregation is within the required ratio of {required.ToString(CultureInfo.InvariantCulture)}× (✓)."
                : $"**Over the required {required.ToString(CultureInfo.InvariantCulture)}×: {string.Join(", ", failed)}.**");
        }
    }

    // What the service runs for a request: the page (one row more than a page, to know whether there is a next),
    // and the count when $count=true; /$count is the count alone; a key lookup is one row.
    private static List<SqlStatement> Statements(ODataSqlTranslator translator, ODataRequest request, int pageSize)
    {
        switch (request.Kind)
        {
            case ODataRequestKind.Count:
                return [SqlRenderer.Render(translator.Count(request))];
            case ODataRequestKind.Entity:
                return [SqlRenderer.Render(translator.Entity(request).Rows)];
            default:
                var query = translator.Collection(request, pageSize);
                return query.Count is null ? [SqlRenderer.Render(query.Rows)] : [SqlRenderer.Render(query.Count), SqlRenderer.Render(query.Rows)];
        }
    }

    private static long Drain(CubeConnection connection, SqlStatement statement)
    {
        using var reader = connection.ExecuteReader(statement, timeoutSeconds: 0);
        var values = new object[reader.FieldCount];
        long rows = 0;
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    /// <summary>
    /// wrk on the groupby, cache on and off; when the baseline server is built (<c>make bench-baseline</c>), the same
    /// load on it, interleaved run by run with ours (before, after, before, after) so machine noise hits both alike.
    /// </summary>
    private static async Task LoadAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        var seconds = context.Quick ? 5 : 20;
        var servers = new List<(string Label, string Binary, string Cube)>();
        if (context.Baseline is { } baseline)
        {
            servers.Add(($"before ({baseline.Commit}: home-made OData host + binding)", baseline.Host, baseline.Cube));
        }

        servers.Add(("after (Microsoft.AspNetCore.OData 9.5 + DuckDB.NET)", context.HostBinary!, context.CubePath));
        var rounds = context.Baseline is null ? 1 : 2;
        var results = new List<IReadOnlyList<string>>();
        var rates = new Dictionary<(string Server, string Mode), List<double>>();
        foreach (var (mode, extra) in new[] { ("cache on (as deployed)", Array.Empty<string>()),
            ("cache off (DuckDB every request)", ["--OData:CacheEntries", "0"]) })
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var (label, binary, cube) in servers)
                {
                    await using var server = await ODataHostProcess.StartAsync(binary, cube, extra);
                    var url = new Uri(server.BaseAddress, "odata/" + GroupBy).AbsoluteUri;
                    // Warm the server (JIT, first query) so the run measures the steady state of both alike.
                    await ODataHostProcess.RunAsync(
                        "wrk", ["-t1", "-c2", "-d2s", "-H", "Accept: " + Accept, url], TimeSpan.FromSeconds(60), cancellation);
                    var (exit, output) = await ODataHostProcess.RunAsync(
                        "wrk", ["-t2", "-c16", $"-d{seconds}s", "--latency", "--timeout", "10s", "-H", "Accept: " + Accept, url],
                        TimeSpan.FromSeconds(seconds + 60), cancellation);
                    if (exit != 0)
                    {
                        report.Paragraph($"wrk failed ({exit}): {output}");
                        return;
                    }

                    var rps = Match(WrkRequestsPerSecond(), output);
                    if (double.TryParse(rps, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
                    {
                        (rates.TryGetValue((label, mode), out var list) ? list : rates[(label, mode)] = []).Add(rate);
                    }

                    var non2xx = WrkNon2xx().Match(output) is { Success: true } m ? m.Groups[1].Value : "0";
                    var errors = WrkSocketErrors().Match(output) is { Success: true } e ? e.Groups[0].Value : "none";
                    results.Add(
                        [
                            label, mode, rps, Match(WrkPercentile50(), output), Match(WrkPercentile99(), output), Match(WrkTotal(), output), non2xx,
                            errors, server.PeakMemory()]);
                }
            }
        }

        report.Table(
            ["server", "response cache", "requests/s", "p50", "p99", "requests", "non-2xx", "socket errors", "server peak memory (VmHWM)"], results);
        report.Paragraph(
            $"`wrk -t2 -c16 -d{seconds}s --latency` on 127.0.0.1 against `/odata/{GroupBy}` after a 2 s warm-up, each published server as a child process (2 cores shared by wrk and the server), one server at a time.");
        if (servers.Count == 2)
        {
            var lines = new List<string>();
            foreach (var mode in rates.Keys.Select(k => k.Mode).Distinct())
            {
                if (rates.TryGetValue((servers[0].Label, mode), out var before) && rates.TryGetValue((servers[1].Label, mode), out var after))
                {
                    lines.Add(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{mode}: after / before requests/s = {after.Average() / before.Average():0.00}× (means of {after.Count} runs each)"));
                }
            }

            report.Paragraph(string.Join("; ", lines) + ".");
        }
        else
        {
            report.Paragraph("The baseline server is not built, so there is no before column: `make bench` builds it (`make bench-baseline`).");
        }
    }

    /// <summary>
    /// Rebuilds the cube twice while wrk keeps 16 connections on the groupby (response cache off, so every request
    /// reads a generation): no request may fail, and once the load is over only the live generation's file is left.
    /// </summary>
    private static async Task RebuildUnderLoadAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        report.Line("### Rebuild under load\n");
        var seconds = context.Quick ? 8 : 20;
        var folder = Path.Combine(context.ScratchDirectory, "rebuild-under-load");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, "ecomcompare.duckdb");
        var ingested = PlanIngestor.Ingest(context.Sources, context.Categories);
        CubeBuilder.Build(ingested, target);
        await using var server = await ODataHostProcess.StartAsync(context.HostBinary!, target, ["--OData:CacheEntries", "0"]);
        var url = new Uri(server.BaseAddress, "odata/" + GroupBy).AbsoluteUri;
        var load = ODataHostProcess.RunAsync(
            "wrk", ["-t2", "-c16", $"-d{seconds}s", "--latency", "--timeout", "10s", "-H", "Accept: " + Accept, url],
            TimeSpan.FromSeconds(seconds + 60), cancellation);
        var rebuilds = new List<string>();
        foreach (var at in new[] { seconds / 4, seconds / 2 })
        {
            await Task.Delay(TimeSpan.FromSeconds(at), cancellation);
            var built = CubeBuilder.Build(ingested, target);
            rebuilds.Add(Path.GetFileName(built.Generation));
        }

        var (exit, output) = await load;
        // The server closes an old generation when its last query has finished; give it a moment after the load.
        var left = Array.Empty<string>();
        for (var i = 0; i < 50; i++)
        {
            left = Directory.GetFiles(folder, "*.duckdb").Where(f => new FileInfo(f).LinkTarget is null).Select(Path.GetFileName).ToArray()!;
            if (left.Length == 1)
            {
                break;
            }

            await Task.Delay(100, cancellation);
        }

        if (exit != 0)
        {
            report.Paragraph($"wrk failed ({exit}): {output}");
            return;
        }

        var non2xx = WrkNon2xx().Match(output) is { Success: true } m ? m.Groups[1].Value : "0";
        var errors = WrkSocketErrors().Match(output) is { Success: true } e ? e.Groups[0].Value : "none";
        report.Table(["requests", "requests/s", "p99", "non-2xx", "socket errors", "rebuilds", "generation files left"],
            [
                [
                    Match(WrkTotal(), output), Match(WrkRequestsPerSecond(), output), Match(WrkPercentile99(), output), non2xx, errors,
                    rebuilds.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", left)]]);
        var live = CubeFiles.Live(target) is { } file ? Path.GetFileName(file) : "none";
        report.Paragraph(
            $"`wrk -t2 -c16 -d{seconds}s` against `/odata/{GroupBy}` (response cache off) while the cube was rebuilt at {seconds / 4} s and {seconds / 2 + seconds / 4} s; the live generation is {live}. " +
            (non2xx == "0" && errors == "none" && left.Length == 1 && left[0] == live
                ? "No request failed and only the live generation is left (✓)." : "NOT as required: see the figures."));
    }

    private static string Match(Regex regex, string text) => regex.Match(text) is { Success: true } m ? m.Groups[1].Value : "?";

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex WrkRequestsPerSecond();

    [GeneratedRegex(@"^\s+50%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex WrkPercentile50();

    [GeneratedRegex(@"^\s+99%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex WrkPercentile99();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex WrkTotal();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex WrkNon2xx();

    [GeneratedRegex(@"Socket errors:.*")]
    private static partial Regex WrkSocketErrors();
}
