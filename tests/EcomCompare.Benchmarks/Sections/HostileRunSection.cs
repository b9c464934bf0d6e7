using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcomCompare.Benchmarks.Harness;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// Issue 15's hostile run: wrk keeps 16 connections on expensive and hostile OData requests (nested and chained
/// concats, the largest computed text the limits allow, overflowing arithmetic, <c>has</c>; each request made unique
/// so the response cache cannot answer it) while this process asks for <c>/healthz</c> and the dashboard's
/// <c>/</c> every 250 ms. Reported: the server's peak resident memory (VmHWM), the latencies of those two during
/// the run, and what the hostile requests got. Target: peak ≤ 1 GiB, <c>/healthz</c> and <c>/</c> ≤ 1 s.
/// </summary>
internal sealed partial class HostileRunSection : IBenchSection
{
    private const string Accept = "application/json;odata.metadata=minimal";

    public int Order => 35;

    public string Title => "Hostile run: 16 connections of expensive and hostile OData requests";

    public async Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        if (context.HostBinary is null)
        {
            report.Paragraph("Skipped: the published server is missing (`make publish`; `make bench` does it).");
            return;
        }

        var seconds = context.Quick ? 8 : 20;
        var script = Path.Combine(context.ScratchDirectory, "hostile.lua");
        await File.WriteAllTextAsync(script, Script(), cancellation);
        await using var server = await ODataHostProcess.StartAsync(context.HostBinary, context.CubePath, []);
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        // Unloaded first (which also warms the dashboard's page up: its first render compiles): the baseline.
        var idleHealth = new List<double>();
        var idleDashboard = new List<double>();
        var failed = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            idleHealth.Add(await Measure.GetAsync(client, "healthz", failed, cancellation));
            idleDashboard.Add(await Measure.GetAsync(client, "", failed, cancellation));
        }

        var before = server.PeakMemory();

        var load = ODataHostProcess.RunAsync(
            "wrk", ["-t2", "-c16", $"-d{seconds}s", "--timeout", "30s", "-s", script, "-H", "Accept: " + Accept, server.BaseAddress.AbsoluteUri],
            TimeSpan.FromSeconds(seconds + 90), cancellation);
        var health = new List<double>();
        var dashboard = new List<double>();
        await Task.Delay(TimeSpan.FromSeconds(1), cancellation); // let the load build up
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(seconds - 2) && !load.IsCompleted; await Task.Delay(250,
            cancellation))
        {
            health.Add(await Measure.GetAsync(client, "healthz", failed, cancellation));
            dashboard.Add(await Measure.GetAsync(client, "", failed, cancellation));
        }

        var (exit, output) = await load;
        if (exit != 0)
        {
            report.Paragraph($"wrk failed ({exit}): {output}");
            return;
        }

        var peak = server.PeakMemory();
        var peakMiB = double.TryParse(peak.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : double.NaN;
        var statuses = Statuses().Matches(output).Select(m => $"{m.Groups[1].Value}×{m.Groups[2].Value}");
        report.Table(
            [
                "hostile requests", "requests/s", "answers (status×count)", "socket errors", "peak memory (VmHWM) before → after",
                "/healthz median / max (idle median)", "/ median / max (idle median)", "probe failures"],
        [[
            Match(WrkTotal(), output), Match(WrkRequestsPerSecond(), output), string.Join(", ", statuses),
            WrkSocketErrors().Match(output) is { Success: true } e ? e.Groups[0].Value : "none",
            $"{before} → **{peak}**",
            $"{Ms(Median(health))} / **{Ms(health.DefaultIfEmpty(double.NaN).Max())}** ({Ms(Median(idleHealth))})",
            $"{Ms(Median(dashboard))} / **{Ms(dashboard.DefaultIfEmpty(double.NaN).Max())}** ({Ms(Median(idleDashboard))})",
            failed.Count == 0 ? "0" : $"{failed.Count}: {string.Join("; ", failed.Distinct().Take(3))}",
        ]]);
        var held = peakMiB <= 1024 && health.Count > 0 && health.Max() <= 1000 && dashboard.Max() <= 1000 && failed.Count == 0;
        report.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"`wrk -t2 -c16 -d{seconds}s` with a script cycling through {Targets.Length} hostile targets (each made unique with a counter) against the published server " +
            $"with its default limits; {health.Count} probes of `/healthz` and of `/` (the dashboard, prerendered from the cube) 250 ms apart during the load, after 10 unloaded ones (the idle medians; they also warm the page up). ") +
            (held ? "Peak ≤ 1 GiB and both ≤ 1 s (✓)." : "NOT as required (peak ≤ 1 GiB, `/healthz` and `/` ≤ 1 s): see the figures."));
    }

    // The hostile classes of issue 15 at the sizes the limits allow and beyond: what is refused is refused cheaply,
    // what is allowed is the most expensive thing the limits let through.
    private static readonly string[] Targets =
    [
        "odata/BudgetLines?$apply=" + Uri.EscapeDataString($"compute({Nested(7)} as X)"),
        "odata/BudgetLines?$apply=" + Uri.EscapeDataString($"compute({Nested(3)} as X,{Nested(3)} as Y)"),
        "odata/BudgetLines?$apply=" + Uri.EscapeDataString($"compute({Nested(3)} as X,{Nested(3)} as Y,{Nested(3)} as Z)") + "&$top=100000",
        "odata/BudgetLines?$apply=" + Uri.EscapeDataString(
            "compute(ItemName as A0)/compute(concat(A0,A0) as A1)/compute(concat(A1,A1) as A2)/compute(concat(A2,A2) as A3)/compute(concat(A3,A3) as A4)/compute(concat(A4,A4) as A5)"),
        "odata/BudgetLines?$apply=" + Uri.EscapeDataString(
            "compute(Amount as B0)/compute(B0 add B0 add B0 add B0 as B1)/compute(B1 add B1 add B1 add B1 as B2)/compute(B2 add B2 add B2 add B2 as B3)/compute(B3 add B3 add B3 add B3 as B4)/compute(B4 add B4 add B4 add B4 as B5)/compute(B5 add B5 add B5 add B5 as B6)"),
        "odata/BudgetLines?$filter=" + Uri.EscapeDataString("Year mul 2147483647 mul 2147483647 gt 0"),
        "odata/BudgetLines?$filter=" + Uri.EscapeDataString("Year has 1"),
        "odata/BudgetLines?$apply=" + Uri.EscapeDataString($"groupby((ProvinceCode,ItemCode),aggregate({Nested(3)} with max as M))"),
    ];

    private static string Nested(int depth) => depth == 0 ? "ItemName" : $"concat({Nested(depth - 1)},{Nested(depth - 1)})";

    private static string Script()
    {
        var lua = new StringBuilder("local targets = {\n");
        foreach (var target in Targets)
        {
            lua.Append("  \"/").Append(target).Append("\",\n"); // percent-encoded: no quote or backslash left
        }

        lua.Append("""
            }
            local threads = {}
            setup = function(thread)
              table.insert(threads, thread)
              thread:set("id", #threads)
            end
            init = function(args)
              n = 0
              statuses = {}
            end
            request = function()
              n = n + 1
              return wrk.format("GET", targets[(n % #targets) + 1] .. "&n=" .. id .. "-" .. n)
            end
            response = function(status, headers, body)
              statuses[status] = (statuses[status] or 0) + 1
            end
            done = function(summary, latency, requests)
              local total = {}
              for _, thread in ipairs(threads) do
                for status, count in pairs(thread:get("statuses")) do
                  total[status] = (total[status] or 0) + count
                end
              end
              for status, count in pairs(total) do
                io.write(string.format("status %d: %d\n", status, count))
              end
            end

            """);
        return lua.ToString();
    }

    private static double Median(List<double> values) => values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);

    private static string Ms(double value) => double.IsNaN(value) ? "?" : ReportWriter.Number(value, "0") + " ms";

    private static string Match(Regex regex, string text) => regex.Match(text) is { Success: true } m ? m.Groups[1].Value : "?";

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex WrkRequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex WrkTotal();

    [GeneratedRegex(@"Socket errors:[^\n]*")]
    private static partial Regex WrkSocketErrors();

    // Printed by the script's done() (wrk itself reports only a count of non-2xx).
    [GeneratedRegex(@"^status (\d+): (\d+)$", RegexOptions.Multiline)]
    private static partial Regex Statuses();
}
