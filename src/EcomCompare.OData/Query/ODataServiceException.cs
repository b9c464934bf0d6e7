namespace EcomCompare.OData.Query;

/// <summary>
/// A request the service answers with an OData error instead of data: what is wrong (<see cref="Exception.Message"/>),
/// where (<see cref="Target"/>: the query option or path segment), and the HTTP status.
/// </summary>
internal sealed class ODataServiceException : Exception
{
    public ODataServiceException(int status, string code, string message, string? target = null, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        Code = code;
        Target = target;
    }

    /// <summary>HTTP status: 400, 404, 405, 406, 414, 501…</summary>
    public int Status { get; }

    /// <summary>A short machine-readable code, e.g. <c>BadRequest</c>, <c>NotImplemented</c>.</summary>
    public string Code { get; }

    /// <summary>The query option or segment at fault, e.g. <c>$filter</c>.</summary>
    public string? Target { get; }

    public static ODataServiceException BadRequest(string message, string? target = null, Exception? inner = null) => new(
        400, "BadRequest", message, target, inner);

    public static ODataServiceException NotImplemented(string message, string? target = null) => new(501, "NotImplemented", message, target);

    public static ODataServiceException NotFound(string message, string? target = null) => new(404, "NotFound", message, target);

    /// <summary>
    /// The response being read or written passed <paramref name="limit"/> bytes: nothing of it is sent. 400, not 413:
    /// 413 is about the request's content, and a client would report its request as too large; the same request
    /// will always fail, so no 5xx either. What helps is asking for less.
    /// </summary>
    public static ODataServiceException ResponseTooLarge(long limit) => new(
        400, "ResponseTooLarge",
        $"The response would be larger than {Megabytes(limit)}, the most this service sends at once. Ask for fewer rows per page " +
        "(Prefer: odata.maxpagesize=…, $top), fewer properties ($select), or shorter computed values.");

    private static string Megabytes(long bytes) => bytes % (1024 * 1024) == 0
        ? (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
