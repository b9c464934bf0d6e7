namespace EcomCompare.Charts;

/// <summary>Settings of the chart service (configuration section <c>Charts</c>).</summary>
public sealed class ChartOptions
{
    /// <summary>The rasteriser: <c>rsvg-convert</c> from Debian's librsvg2-bin, found on PATH unless a path is given.</summary>
    public string RsvgConvert { get; set; } = "rsvg-convert";

    /// <summary>How long one PNG may take before the rasteriser is killed and the request answered 503.</summary>
    public TimeSpan RasterTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Rendered charts kept in memory (per cube build); the cache starts over when it is full.</summary>
    public int CacheEntries { get; set; } = 256;

    /// <summary>Pictures larger than this are served but not kept.</summary>
    public int CacheMaxBytes { get; set; } = 4 * 1024 * 1024;
}
