using System.Diagnostics;

namespace EcomCompare.Benchmarks.Harness;

/// <summary>Timing helpers. The machine is 2 cores and noisy: interleave what is compared, report medians.</summary>
internal static class Measure
{
    /// <summary>
    /// One GET of <paramref name="path"/> read to the end, in milliseconds; a non-success status or a failed request
    /// is added to <paramref name="failed"/> as "/path status" (the query string left out) and still timed.
    /// </summary>
    public static async Task<double> GetAsync(HttpClient client, string path, List<string> failed, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.GetAsync(path, cancellation);
            await response.Content.ReadAsByteArrayAsync(cancellation);
            if (!response.IsSuccessStatusCode)
            {
                failed.Add($"/{path.Split('?')[0]} {(int)response.StatusCode}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            failed.Add($"/{path.Split('?')[0]} {e.GetType().Name}");
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>Runs <paramref name="action"/> <paramref name="warmup"/> times unmeasured, then <paramref name="runs"/>
    /// times; returns the times.</summary>
    public static async Task<Samples> TimeAsync(Func<Task> action, int runs, int warmup = 1)
    {
        for (var i = 0; i < warmup; i++)
        {
            await action();
        }

        var samples = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            samples.Add(Stopwatch.GetElapsedTime(start));
        }

        return new Samples(samples);
    }

    /// <summary>Synchronous overload.</summary>
    public static Samples Time(Action action, int runs, int warmup = 1) =>
        TimeAsync(() => { action(); return Task.CompletedTask; }, runs, warmup).GetAwaiter().GetResult();

    /// <summary>
    /// Measures two alternatives interleaved (A, B, A, B, …) so machine noise hits both alike; returns both
    /// sample sets and the ratio of medians B / A.
    /// </summary>
    public static async Task<(Samples A, Samples B, double Ratio)> CompareAsync(Func<Task> a, Func<Task> b, int runs, int warmup = 1)
    {
        for (var i = 0; i < warmup; i++)
        {
            await a();
            await b();
        }

        var sa = new List<TimeSpan>(runs);
        var sb = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await a();
            sa.Add(Stopwatch.GetElapsedTime(start));
            start = Stopwatch.GetTimestamp();
            await b();
            sb.Add(Stopwatch.GetElapsedTime(start));
        }

        var first = new Samples(sa);
        var second = new Samples(sb);
        return (first, second, second.Median.TotalMilliseconds / first.Median.TotalMilliseconds);
    }
}

/// <summary>A set of timings.</summary>
internal sealed record Samples(IReadOnlyList<TimeSpan> Values)
{
    public TimeSpan Median => Percentile(50);

    public TimeSpan Min => Values.Min();

    public TimeSpan Max => Values.Max();

    public TimeSpan Percentile(double p)
    {
        var sorted = Values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = p / 100.0 * (sorted.Count - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return TimeSpan.FromTicks((long)(sorted[lo].Ticks + ((sorted[hi].Ticks - sorted[lo].Ticks) * (rank - lo))));
    }

    public override string ToString() => $"median {Ms(Median)} (min {Ms(Min)}, max {Ms(Max)}, n={Values.Count})";

    public static string Ms(TimeSpan t) => t.TotalMilliseconds >= 100
        ? t.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " ms"
        : t.TotalMilliseconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " ms";
}
