namespace EcomCompare.OData;

/// <summary>
/// Limits and settings of the OData service, bound from the <c>OData</c> configuration section
/// (e.g. <c>--OData:PageSize=500</c>).
/// </summary>
public sealed class ODataServiceOptions
{
    /// <summary>Rows per page of server-driven paging; the rest is behind <c>@odata.nextLink</c>.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>Largest page a client may ask for with <c>Prefer: odata.maxpagesize</c>, and the cap on <see cref="PageSize"/>.</summary>
    public int MaxPageSize { get; set; } = 10_000;

    /// <summary>Largest <c>$top</c> accepted (the result still comes in pages).</summary>
    public long MaxTop { get; set; } = 10_000_000;

    /// <summary>Longest request target (path and query) accepted; Power Query's own default limit is 2048.</summary>
    public int MaxUrlLength { get; set; } = 4096;

    /// <summary>Most transformations in one <c>$apply</c> (each groupby nests a subquery).</summary>
    public int MaxApplyTransformations { get; set; } = 8;

    /// <summary>Deepest expression nesting in <c>$filter</c>, <c>$orderby</c> and <c>$apply</c> expressions.</summary>
    public int MaxExpressionDepth { get; set; } = 24;

    /// <summary>Deepest parenthesis nesting in the query string, checked before parsing.</summary>
    public int MaxParenthesisDepth { get; set; } = 32;

    /// <summary>Most <c>$orderby</c> keys.</summary>
    public int MaxOrderByKeys { get; set; } = 8;

    /// <summary>
    /// Most nodes in one <c>$filter</c> or <c>$orderby</c> expression (Microsoft.AspNetCore.OData's MaxNodeCount; its
    /// default of 100 would refuse the long <c>or</c> chains Excel builds from a ticked list, which fit in
    /// <see cref="MaxUrlLength"/>).
    /// </summary>
    public int MaxNodeCount { get; set; } = 4096;

    /// <summary>Most values in one <c>in (…)</c> list.</summary>
    public int MaxInListValues { get; set; } = 500;

    /// <summary>Responses kept in the response cache (0 turns the cache off).</summary>
    public int CacheEntries { get; set; } = 512;

    /// <summary>Total bytes the response cache may hold.</summary>
    public long CacheBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest single response the cache keeps.</summary>
    public int CacheEntryMaxBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary><see cref="PageSize"/> clamped to 1…<see cref="MaxPageSize"/>.</summary>
    internal int EffectivePageSize => Math.Clamp(PageSize, 1, Math.Max(1, MaxPageSize));
}
