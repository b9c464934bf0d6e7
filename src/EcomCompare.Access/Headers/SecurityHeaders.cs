using Microsoft.AspNetCore.Http;

namespace EcomCompare.Access.Headers;

/// <summary>
/// Headers every response carries: <c>X-Content-Type-Options: nosniff</c> and <c>Referrer-Policy</c>; HTML pages
/// also carry a Content-Security-Policy that lets in only what the dashboard, Blazor and Radzen need.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this site (Blazor's, Radzen's and ours are files; nothing is inline or eval'd). Styles from
    /// this site plus inline style attributes, which Radzen's components and the dashboard's bars set per element.
    /// <c>connect-src 'self'</c> covers Blazor's WebSocket to the same origin. Images: this site and data: URIs
    /// (Radzen's icons). Nothing may frame the pages but this site (reports link charts, they do not frame pages).
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>For SVG charts: no scripts, no loads; inline styles and embedded data (fonts, images) only.</summary>
    public const string ImagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

    public static void Apply(HttpResponse response)
    {
        response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = PagePolicy;
            }
            else if (response.ContentType?.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase) == true)
            {
                // A chart opened on its own is a document: it may style itself, nothing more.
                headers.ContentSecurityPolicy = ImagePolicy;
            }

            return Task.CompletedTask;
        }, response);
    }
}
