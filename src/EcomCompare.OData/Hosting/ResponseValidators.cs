using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcomCompare.Cube.Build;
using EcomCompare.OData.Query;
using EcomCompare.OData.Serialization;
using EcomCompare.Views.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// A response's identity: the normalised request with the cube build (the response cache's key), the entity tag
/// derived from it, <c>Last-Modified</c> from the build time, and the 304 a matching conditional request gets
/// (<see cref="ConditionalRequest"/>, as on every surface).
/// </summary>
internal static class ResponseValidators
{
    /// <summary>The entity tag of <c>$metadata</c>: the model changes only with the service's own build.</summary>
    public static EntityTagHeaderValue MetadataTag { get; } =
        new("\"m-" + Hash(typeof(ResponseValidators).Assembly.ManifestModule.ModuleVersionId.ToString())[..16] + "\"");

    // Two requests that differ only in option order or percent-encoding share a key; the cube build is part of it.
    public static string Key(CubeIdentity identity, ODataRequest request, ResponseFormat format, int pageSize)
    {
        var key = new StringBuilder()
            .Append(identity.BuildId).Append('|').Append(identity.BuiltAt.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(request.ServiceRoot.AbsoluteUri).Append('\n')
            .Append(ODataRequestParser.Unescape(request.RawPath, "path").TrimEnd('/')).Append('\n');
        foreach (var (name, value) in request.RawQuery
                     .Select(p => (Name: ODataRequestParser.Unescape(p.Key, "query"), Value: ODataRequestParser.Unescape(p.Value, "query")))
                     .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            key.Append(name).Append('=').Append(value).Append('\n');
        }

        return key.Append(format.Accept).Append('\n').Append(format.AcceptCharset).Append('\n')
            .Append(pageSize.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>The entity tag of a response key.</summary>
    public static EntityTagHeaderValue Tag(string key) => new("\"" + Hash(key)[..24] + "\"");

    /// <summary>A 304 with the validators, when the client already has this response.</summary>
    public static ODataPayload? NotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset? lastModified) =>
        ConditionalRequest.IsNotModified(request, etag, lastModified)
            ? new ODataPayload(StatusCodes.Status304NotModified, Headers(etag, lastModified), [])
            : null;

    /// <summary><paramref name="payload"/> with the validators and caching headers.</summary>
    public static ODataPayload With(ODataPayload payload, EntityTagHeaderValue? etag, DateTimeOffset? lastModified)
    {
        var headers = new Dictionary<string, string>(payload.Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in Headers(etag, lastModified))
        {
            headers[name] = value;
        }

        return payload with { Headers = headers };
    }

    private static Dictionary<string, string> Headers(EntityTagHeaderValue? etag, DateTimeOffset? lastModified)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [HeaderNames.CacheControl] = "no-cache",
            [HeaderNames.Vary] = "Accept, Accept-Charset, Prefer",
        };
        if (etag is not null)
        {
            headers[HeaderNames.ETag] = etag.ToString();
        }

        if (lastModified is { } modified)
        {
            headers[HeaderNames.LastModified] = ConditionalRequest.Seconds(modified).ToString("R", CultureInfo.InvariantCulture);
        }

        return headers;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
