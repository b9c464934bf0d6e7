using System.ComponentModel.DataAnnotations;

namespace EcomCompare.OData;

/// <summary>
/// Limits and settings of the OData service, bound from the <c>OData</c> configuration section
/// (e.g. <c>--OData:PageSize=500</c>).
/// </summary>
public sealed class ODataServiceOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "OData";

    /// <summary>Rows per page of server-driven paging; the rest is behind <c>@odata.nextLink</c>.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:PageSize must be from {1} to {2}.")]
    public int PageSize { get; set; } = 1000;

    /// <summary>Largest page a client may ask for with <c>Prefer: odata.maxpagesize</c>, and the cap on <see cref="PageSize"/>.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxPageSize must be from {1} to {2}.")]
    public int MaxPageSize { get; set; } = 10_000;

    /// <summary>Largest <c>$top</c> accepted (the result still comes in pages).</summary>
    [Range(typeof(long), "1", "9223372036854775807", ErrorMessage = "OData:MaxTop must be from {1} to {2}.")]
    public long MaxTop { get; set; } = 10_000_000;

    /// <summary>Longest request target (path and query) accepted; Power Query's own default limit is 2048.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxUrlLength must be from {1} to {2}.")]
    public int MaxUrlLength { get; set; } = 4096;

    /// <summary>Most transformations in one <c>$apply</c> (each groupby nests a subquery).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxApplyTransformations must be from {1} to {2}.")]
    public int MaxApplyTransformations { get; set; } = 8;

    /// <summary>Deepest expression nesting in <c>$filter</c>, <c>$orderby</c> and <c>$apply</c> expressions.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxExpressionDepth must be from {1} to {2}.")]
    public int MaxExpressionDepth { get; set; } = 24;

    /// <summary>Deepest parenthesis nesting in the query string, checked before parsing.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxParenthesisDepth must be from {1} to {2}.")]
    public int MaxParenthesisDepth { get; set; } = 32;

    /// <summary>Most <c>$orderby</c> keys.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxOrderByKeys must be from {1} to {2}.")]
    public int MaxOrderByKeys { get; set; } = 8;

    /// <summary>
    /// Most nodes in one <c>$filter</c> or <c>$orderby</c> expression (Microsoft.AspNetCore.OData's MaxNodeCount; its
    /// default of 100 would refuse the long <c>or</c> chains Excel builds from a ticked list, which fit in
    /// <see cref="MaxUrlLength"/>).
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxNodeCount must be from {1} to {2}.")]
    public int MaxNodeCount { get; set; } = 4096;

    /// <summary>
    /// Most nodes in one expression once the computed names it uses are written out (a compute that doubles an
    /// earlier alias doubles the SQL; the URL stays short). Checked on the SQL, before DuckDB sees it.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxExpressionNodes must be from {1} to {2}.")]
    public int MaxExpressionNodes { get; set; } = 4096;

    /// <summary>
    /// Most nodes in the whole statement written out: many computed names that each repeat a large one stay under
    /// <see cref="MaxExpressionNodes"/> one by one, not together.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxStatementNodes must be from {1} to {2}.")]
    public int MaxStatementNodes { get; set; } = 16_384;

    /// <summary>
    /// The most characters a text property is taken to hold when bounding computed text (the cube's longest text,
    /// an item name, is well under it — a test checks that against the real cube).
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxPropertyTextLength must be from {1} to {2}.")]
    public int MaxPropertyTextLength { get; set; } = 1000;

    /// <summary>
    /// The most characters a <c>concat</c> may produce, by its static bound (<see cref="MaxPropertyTextLength"/> per
    /// property, literals by length, concat the sum). Seven nested concats of names returned 667 KB for one page.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxComputedTextLength must be from {1} to {2}.")]
    public int MaxComputedTextLength { get; set; } = 8192;

    /// <summary>
    /// The largest response body written (16 MB). A response that would pass it is answered with a 400 OData error
    /// before the rest is read or written; a full page of the widest entity set is well under 1 MB.
    /// </summary>
    [Range(typeof(long), "1", "9223372036854775807", ErrorMessage = "OData:MaxResponseBytes must be from {1} to {2}.")]
    public long MaxResponseBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Most values in one <c>in (…)</c> list.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "OData:MaxInListValues must be from {1} to {2}.")]
    public int MaxInListValues { get; set; } = 500;

    /// <summary>Responses kept in the response cache (0 turns the cache off).</summary>
    [Range(0, int.MaxValue, ErrorMessage = "OData:CacheEntries must be from {1} to {2}.")]
    public int CacheEntries { get; set; } = 512;

    /// <summary>Total bytes the response cache may hold.</summary>
    [Range(typeof(long), "0", "9223372036854775807", ErrorMessage = "OData:CacheBytes must be from {1} to {2}.")]
    public long CacheBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest single response the cache keeps.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "OData:CacheEntryMaxBytes must be from {1} to {2}.")]
    public int CacheEntryMaxBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary><see cref="PageSize"/> clamped to 1…<see cref="MaxPageSize"/>.</summary>
    internal int EffectivePageSize => Math.Clamp(PageSize, 1, Math.Max(1, MaxPageSize));
}
