using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EcomCompare.Access.Users;
using EcomCompare.Benchmarks.Harness;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// Issue 23's hostile run with two users: one keeps 40 heavy OData queries and 40 large PNGs (3840×2160, each unique,
/// so no cache answers them) in flight at once — honouring <c>Retry-After</c> when refused, as Excel and Power BI
/// do — while the other user asks one OData query after another and a monitor probes <c>/healthz</c>. Reported: the
/// other user's OData p99 and 5xx count, <c>/healthz</c> p99, what the flooder got, and the server's peak memory.
/// Aim: other user's OData p99 ≤ 1 s, no 5xx for them, <c>/healthz</c> p99 ≤ 100 ms, peak ≤ 1 GiB.
/// </summary>
internal sealed class FairShareSection : IBenchSection
{
    private const string Password = "bench-password";

    public int Order => 36;

    public string Title => "Hostile run: two users, one flooding (fair shares)";

    public async Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        if (context.HostBinary is null)
        {
            report.Paragraph("Skipped: the published server is missing (`make publish`; `make bench` does it).");
            return;
        }

        var seconds = context.Quick ? 8 : 20;
        var users = Path.Combine(context.ScratchDirectory, "fair-users.tsv");
        await File.WriteAllTextAsync(users, $"flood\t{PasswordHash.Create(Password, 1_000)}\nother\t{PasswordHash.Create(Password, 1_000)}\n", cancellation);
        await using var server = await ODataHostProcess.StartAsync(context.HostBinary, context.CubePath, ["--Access:UsersFile", users]);
        using var flood = Client(server.BaseAddress, "flood");
        using var other = Client(server.BaseAddress, "other");
        using var monitor = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        for (var i = 0; i < 5; i++)
        {
            await Measure.GetAsync(other, OtherQuery(-i), [], cancellation); // warm-up (and the one PBKDF2 check per user)
            await Measure.GetAsync(flood, HeavyQuery(-i), [], cancellation);
        }

        var before = server.PeakMemory();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var floodStatuses = new ConcurrentDictionary<string, int>();
        var counter = 0;
        string Next(Func<int, string> make) => make(Interlocked.Increment(ref counter));
        var flooders = Enumerable.Range(0, 40).Select(_ => FloodAsync(flood, () => Next(HeavyQuery), "OData", floodStatuses, stop.Token))
            .Concat(Enumerable.Range(0, 40).Select(_ => FloodAsync(flood, () => Next(LargePng), "PNG", floodStatuses, stop.Token)))
            .ToList();

        await Task.Delay(TimeSpan.FromSeconds(1), cancellation); // let the flood build up
        var otherTimes = new List<double>();
        var otherFailures = new List<string>();
        var healthTimes = new List<double>();
        var healthFailures = new List<string>();
        var health = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                healthTimes.Add(await Measure.GetAsync(monitor, "healthz", healthFailures, CancellationToken.None));
                await Task.Delay(100, CancellationToken.None);
            }
        }, CancellationToken.None);
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            otherTimes.Add(await Measure.GetAsync(other, OtherQuery(++n), otherFailures, CancellationToken.None));
        }

        await health;
        await Task.WhenAll(flooders);
        var peak = server.PeakMemory();
        var peakMiB = double.TryParse(peak.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : double.NaN;
        var other5xx = otherFailures.Count(f => f.Contains(" 5", StringComparison.Ordinal));
        report.Table(
            ["other user's OData p50 / p99 (n)", "other user's 5xx / other failures", "/healthz p50 / p99 (n)", "flooder's answers", "peak memory (VmHWM) before → after"],
            [[
                $"{Ms(Percentile(otherTimes, 50))} / **{Ms(Percentile(otherTimes, 99))}** ({otherTimes.Count})",
                $"**{other5xx}** / {otherFailures.Count - other5xx}",
                $"{Ms(Percentile(healthTimes, 50))} / **{Ms(Percentile(healthTimes, 99))}** ({healthTimes.Count})",
                string.Join(", ", floodStatuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}×{s.Value}")),
                $"{before} → **{peak}**",
            ]]);
        var held = Percentile(otherTimes, 99) <= 1000 && other5xx == 0 && Percentile(healthTimes, 99) <= 100 && peakMiB <= 1024;
        report.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{seconds} s against the published server with two users and its default limits: user `flood` keeps 40 heavy OData queries (three nested `concat` computes at the largest text the limits allow, over every budget line, each unique) and 40 PNGs of 3840×2160 (each with its own title) in flight, waiting `Retry-After` when refused; user `other` asks `BudgetLines?$filter=Year eq 2022 and Amount ne -N&$top=50` one after another; `/healthz` is probed every 100 ms. ") +
            (held ? "Other user's OData p99 ≤ 1 s with no 5xx, `/healthz` p99 ≤ 100 ms, peak ≤ 1 GiB (✓)." : "NOT as aimed (other user's OData p99 ≤ 1 s, no 5xx, `/healthz` p99 ≤ 100 ms, peak ≤ 1 GiB): see the figures."));
    }

    private static HttpClient Client(Uri baseAddress, string user)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 100 })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(120),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{Password}")));
        return client;
    }

    private static string Nested(int depth) => depth == 0 ? "ItemName" : $"concat({Nested(depth - 1)},{Nested(depth - 1)})";

    private static string HeavyQuery(int n) =>
        "odata/BudgetLines?$apply=" + Uri.EscapeDataString($"compute({Nested(3)} as X,{Nested(3)} as Y,{Nested(3)} as Z)") + "&$filter="
        + Uri.EscapeDataString($"Amount ne -{n}") + "&$top=100000";

    private static string LargePng(int n) => $"charts/funding-split.png?width=1920&height=1080&scale=2&title=flood-{n}";

    private static string OtherQuery(int n) => "odata/BudgetLines?$filter=" + Uri.EscapeDataString($"Year eq 2022 and Amount ne -{n}") + "&$top=50";

    private static async Task FloodAsync(
        HttpClient client, Func<string> next, string kind, ConcurrentDictionary<string, int> statuses, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TimeSpan? wait = null;
            try
            {
                using var response = await client.GetAsync(next(), stop);
                await response.Content.ReadAsByteArrayAsync(stop);
                statuses.AddOrUpdate($"{kind} {(int)response.StatusCode}", 1, (_, c) => c + 1);
                wait = response.Headers.RetryAfter?.Delta;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException e)
            {
                statuses.AddOrUpdate($"{kind} {e.GetType().Name}", 1, (_, c) => c + 1);
            }

            if (wait is { } delay)
            {
                try
                {
                    await Task.Delay(delay, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static double Percentile(List<double> values, int percent)
    {
        lock (values)
        {
            var rank = Math.Min(values.Count - 1, (int)Math.Ceiling(values.Count * percent / 100.0) - 1);
            return values.Count == 0 ? double.NaN : values.Order().ElementAt(rank);
        }
    }

    private static string Ms(double value) => double.IsNaN(value) ? "?" : ReportWriter.Number(value, "0") + " ms";
}
