using EcomCompare.OData.Query;
using EcomCompare.Views.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EcomCompare.OData.Hosting;

/// <summary>Where a request is aimed: its target exactly as sent, the part after <c>/odata/</c>, and the service root.</summary>
internal static class RequestTarget
{
    /// <summary>The request target (path and query) as the client sent it, still percent-encoded.</summary>
    public static string Raw(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw))
        {
            return http.Request.PathBase + http.Request.Path.ToUriComponent() + http.Request.QueryString;
        }

        if (Uri.TryCreate(raw, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.PathAndQuery; // absolute-form request target
        }

        return raw;
    }

    /// <summary>The part after <c>/odata/</c>, still percent-encoded, exactly as the client sent it.</summary>
    public static string Relative(string target)
    {
        var start = target.IndexOf(Routes.OData, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            throw ODataServiceException.NotFound("The OData service lives at /odata.", "path");
        }

        var rest = target[(start + Routes.OData.Length)..];
        return rest.StartsWith('/') ? rest[1..] : rest;
    }

    /// <summary><c>scheme://host/base/odata/</c> of the request (the public base URL when one is configured).</summary>
    public static Uri ServiceRoot(HttpContext http)
    {
        try
        {
            return new Uri($"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}{http.Request.PathBase.ToUriComponent()}{Routes.OData}/");
        }
        catch (UriFormatException)
        {
            throw ODataServiceException.BadRequest("The Host header does not make a valid URL.", "Host");
        }
    }
}
