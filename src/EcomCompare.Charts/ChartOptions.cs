namespace EcomCompare.Charts;

/// <summary>Settings of the chart service (configuration section <c>Charts</c>).</summary>
public sealed class ChartOptions
{
    /// <summary>Charts drawn at the same time; 0 means one per core.</summary>
    public int MaxConcurrentRenders { get; set; }

    /// <summary>Charts waiting for a free renderer; one more is answered 503 with <c>Retry-After</c>.</summary>
    public int RenderQueue { get; set; } = 32;

    /// <summary>The <c>Retry-After</c> of a 503 for a full queue.</summary>
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Rendered charts kept in memory (per cube build); the cache starts over when it is full.</summary>
    public int CacheEntries { get; set; } = 256;

    /// <summary>Pictures larger than this are served but not kept.</summary>
    public int CacheMaxBytes { get; set; } = 4 * 1024 * 1024;
}
