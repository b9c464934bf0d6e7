namespace EcomCompare.OData.Serialization;

/// <summary>What the client accepts: the Accept list (or what <c>$format</c> asked for) and Accept-Charset.</summary>
internal sealed record ResponseFormat(string Accept, string? AcceptCharset)
{
    /// <summary>JSON with minimal metadata: what a client that states no preference gets.</summary>
    public static ResponseFormat Default { get; } = new("application/json;odata.metadata=minimal", null);

    /// <summary>
    /// <c>$format</c> overrides Accept: <c>json</c> is <c>application/json</c> (minimal metadata); a full media type
    /// such as <c>application/json;odata.metadata=full</c> is taken as given.
    /// </summary>
    public static ResponseFormat Of(string? format, string? accept, string? acceptCharset)
    {
        if (format is { Length: > 0 })
        {
            var value = format.Trim();
            return new ResponseFormat(value.Equals("json", StringComparison.OrdinalIgnoreCase) ? "application/json" : value, acceptCharset);
        }

        return new ResponseFormat(string.IsNullOrWhiteSpace(accept) ? "*/*" : accept, acceptCharset);
    }
}
