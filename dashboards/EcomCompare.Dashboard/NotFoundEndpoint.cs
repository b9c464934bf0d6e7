using System.Text.Encodings.Web;
using System.Text.Unicode;
using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.State;
using EcomCompare.Dashboard.Text;
using Microsoft.AspNetCore.Http;

namespace EcomCompare.Dashboard;

/// <summary>
/// A small HTML 404 for addresses nothing else answers, with a link back to the dashboard (the browser's own
/// error page is all a person would see otherwise). Paths of the other surfaces keep their plain 404, so their
/// clients get the error format they expect.
/// </summary>
internal static class NotFoundEndpoint
{
    private static readonly string[] OtherSurfaces = [
        "/odata", "/charts", "/export", "/_framework", "/_content", "/_blazor", "/healthz", "/summary", "/dashboard/"];

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (OtherSurfaces.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) || !HttpMethods.IsGet(context.Request.Method))
        {
            return Results.NotFound();
        }

        var text = UiText.For(context.Request.Query[ViewAddress.LanguageKey].ToString());
        var html = Encoder;
        var home = "/" + ViewAddress.Of(string.Empty, CubeSlice.All, text.Language).TrimStart('.', '/');
        return Results.Content(
            $"<!doctype html><html lang=\"{text.Code}\"><head><meta charset=\"utf-8\"><title>{html.Encode(text.NotFoundTitle)} · EcomCompare</title>" +
            "<link rel=\"icon\" href=\"data:,\"><style>body{font-family:'Noto Sans',system-ui,sans-serif;margin:3rem;color:#1b1f24}a{color:#0b4f8a}</style></head>" +
            $"<body><h1>{html.Encode(text.NotFoundTitle)}</h1><p>{html.Encode(text.NotFoundText)}</p><p><a href=\"{home}\">{html.Encode(text.NavFunding)}</a></p></body></html>",
            "text/html; charset=utf-8",
            statusCode: StatusCodes.Status404NotFound);
    }
}
