using EcomCompare.Views.Http;

namespace EcomCompare.Host;

/// <summary>
/// Charts and workbooks are read-only resources: any other method gets 405 with <c>Allow: GET, HEAD</c> (without
/// this, routing finds no GET endpoint and falls through to the dashboard's 404 page). OData answers wrong methods
/// itself, as OData errors.
/// </summary>
public static class ReadOnlyRefusals
{
    private static readonly string[] Writes = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete, HttpMethods.Options];

    /// <summary>Maps the refusals for <c>/charts/…</c> and <c>/export/…</c>.</summary>
    public static IEndpointRouteBuilder MapReadOnlyRefusals(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in new[] { Routes.Charts, Routes.Exports })
        {
            app.MapMethods(prefix + "/{**rest}", Writes, (HttpContext http) =>
            {
                http.Response.Headers.Allow = "GET, HEAD";
                return Results.Text(
                    $"{http.Request.Method} is not allowed here: charts and workbooks are read with GET.", "text/plain; charset=utf-8",
                    statusCode: StatusCodes.Status405MethodNotAllowed);
            });
        }

        return app;
    }
}
