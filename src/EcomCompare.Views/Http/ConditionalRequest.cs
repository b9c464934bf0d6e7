using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EcomCompare.Views.Http;

/// <summary>
/// Conditional GETs, answered the same way wherever an entity tag is sent (OData, charts, workbooks), on the
/// request's typed headers as the framework's static files do: <c>If-None-Match</c> (weak comparison, <c>*</c>
/// matches anything) decides when present; otherwise <c>If-Modified-Since</c>, where the response has a date.
/// </summary>
public static class ConditionalRequest
{
    /// <summary>True when the client already has this representation: answer 304 with the validators, no body.</summary>
    public static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset? lastModified = null)
    {
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            return request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
        }

        return lastModified is { } modified
            && request.GetTypedHeaders().IfModifiedSince is { } since
            && Seconds(modified) <= since;
    }

    /// <summary>Sets <c>ETag</c> (and <c>Last-Modified</c>, to the second) on a response.</summary>
    public static void SetValidators(HttpResponse response, EntityTagHeaderValue etag, DateTimeOffset? lastModified = null)
    {
        response.Headers.ETag = etag.ToString();
        if (lastModified is { } modified)
        {
            response.Headers.LastModified = Seconds(modified).ToString("R", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A time as HTTP dates carry it: to the second, UTC.</summary>
    public static DateTimeOffset Seconds(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
