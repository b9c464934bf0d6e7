using Microsoft.AspNetCore.Http;

namespace EcomCompare.Access.Headers;

/// <summary>
/// The dashboard's live connection (<c>/_blazor</c>: negotiation and WebSocket) accepts only pages of this site:
/// a browser always sends <c>Origin</c> there, and a page on another site must not drive a signed-in user's circuit
/// (cross-site WebSocket hijacking). Requests without <c>Origin</c> are not from a browser page and pass.
/// </summary>
internal static class OriginCheck
{
    public static bool Allows(HttpRequest request, Uri? publicBaseUrl)
    {
        if (!request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false; // "null" (sandboxed frames, file: pages) and garbage
        }

        var expected = publicBaseUrl?.Authority ?? request.Host.Value;
        return string.Equals(uri.Authority, expected, StringComparison.OrdinalIgnoreCase);
    }
}
