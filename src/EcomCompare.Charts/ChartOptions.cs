using System.ComponentModel.DataAnnotations;

namespace EcomCompare.Charts;

/// <summary>Settings of the chart service (configuration section <c>Charts</c>), checked when the server starts.</summary>
public sealed class ChartOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Charts";

    /// <summary>Charts drawn at the same time; 0 means one less than the cores (at least one).</summary>
    [Range(0, 256, ErrorMessage = "Charts:MaxConcurrentRenders must be from {1} (one less than the cores) to {2}.")]
    public int MaxConcurrentRenders { get; set; }

    /// <summary>Charts waiting for a free renderer; one more is answered 503 with <c>Retry-After</c>.</summary>
    [Range(0, 10_000, ErrorMessage = "Charts:RenderQueue must be from {1} to {2}.")]
    public int RenderQueue { get; set; } = 32;

    /// <summary>The <c>Retry-After</c> of a 503 for a full queue.</summary>
    [Range(1, 3600, ErrorMessage = "Charts:RetryAfterSeconds must be from {1} to {2}.")]
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Rendered charts (and the cube answers they were drawn from) kept in memory per cube build.</summary>
    [Range(0, 100_000, ErrorMessage = "Charts:CacheEntries must be from {1} to {2}.")]
    public int CacheEntries { get; set; } = 256;

    /// <summary>All kept pictures together at most (least recently used out first); dropped when the cube is rebuilt.</summary>
    [Range(typeof(long), "0", "9223372036854775807", ErrorMessage = "Charts:CacheBytes must be from {1} to {2}.")]
    public long CacheBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Pictures larger than this are served but not kept.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Charts:CacheMaxBytes must be from {1} to {2}.")]
    public int CacheMaxBytes { get; set; } = 4 * 1024 * 1024;
}
