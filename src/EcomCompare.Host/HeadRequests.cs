using Microsoft.AspNetCore.Http.Features;

namespace EcomCompare.Host;

/// <summary>
/// HEAD is answered wherever GET is — pages, charts, workbooks, OData, health — with the headers GET would send and
/// no body (RFC 9110 §9.3.2): the request is routed as a GET, whatever it writes is dropped, and the server sends the
/// headers. One rule for every surface, rather than a HEAD route beside each GET route (the 405 answers already say
/// <c>Allow: GET, HEAD</c>).
/// </summary>
public static class HeadRequests
{
    /// <summary>Routes HEAD as GET without a body; before routing, so that every GET endpoint answers it.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await next(http);
            return;
        }

        var body = http.Features.Get<IHttpResponseBodyFeature>();
        http.Request.Method = HttpMethods.Get;
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        try
        {
            await next(http);
        }
        finally
        {
            // The server sends the headers as a HEAD's: no body, its Content-Length as GET's would be.
            http.Features.Set(body);
            http.Request.Method = HttpMethods.Head;
        }
    });
}
