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

    /// <summary>HTTP status: 400, 404, 406, 414, 501, 503, 504…</summary>
    public int Status { get; }

    /// <summary>A short machine-readable code, e.g. <c>BadRequest</c>, <c>NotImplemented</c>.</summary>
    public string Code { get; }

    /// <summary>The query option or segment at fault, e.g. <c>$filter</c>.</summary>
    public string? Target { get; }

    public static ODataServiceException BadRequest(string message, string? target = null, Exception? inner = null) => new(400, "BadRequest", message, target, inner);

    public static ODataServiceException NotImplemented(string message, string? target = null) => new(501, "NotImplemented", message, target);

    public static ODataServiceException NotFound(string message, string? target = null) => new(404, "NotFound", message, target);
}
