using EcomCompare.Charts.Definitions;
using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Views.Http;
using EcomCompare.Views.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcomCompare.Charts.Http;

/// <summary>
/// <c>GET /charts/{chart}.{svg|png}</c> and the <c>GET /charts</c> index. Bad parameters → 400 with a plain
/// sentence; no chart font → 503; a cube failure (no cube, a full render queue or query queue — with
/// <c>Retry-After</c> —, a timeout) is answered by the service's one failure policy; a client that has gone stops
/// its render; a matching <c>If-None-Match</c> → 304 without drawing anything.
/// </summary>
internal static class ChartEndpoints
{
    /// <summary>
    /// Caches may keep a chart but must ask again before reusing it: only the server knows when the cube was
    /// rebuilt, and asking costs a 304.
    /// </summary>
    public const string CacheControl = "public, no-cache";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Routes.Charts, Index);
        app.MapGet(Routes.Charts + "/{file}", ServeAsync);
        return app;
    }

    private static IResult Index() => Results.Json(new
    {
        charts = ChartDefinitions.All.Select(c => new
        {
            name = c.Name,
            formats = new[] { "svg", "png" },
            measures = ViewTokens.Measures.Tokens(c.Measures),
            layouts = ViewTokens.Layouts.Tokens(c.Layouts),
            sources = c.UsesSources,
            width = c.DefaultWidth,
            height = c.DefaultHeight,
            example = $"{Routes.Charts}/{c.Name}.svg?years=2021-2025",
        }),
        parameters = ChartRequestParser.Parameters,
    });

    private static async Task<IResult> ServeAsync(string file, HttpContext http, ChartService charts, CancellationToken cancellation)
    {
        if (!ChartRequestParser.TryParse(file, http.Request.Query, out var parsed, out var error))
        {
            return PlainFailure.BadRequest(error!);
        }

        // A cube failure (no cube, busy, a timeout) goes on to the service's one failure answer (PlainFailure).
        var catalog = await charts.CatalogAsync(cancellation).ConfigureAwait(false);
        if (!ChartRequestParser.TryResolve(parsed, catalog, out var request, out error))
        {
            return PlainFailure.BadRequest(error!);
        }

        var etag = ChartService.ETag(request, catalog);
        var headers = http.Response.Headers;
        ConditionalRequest.SetValidators(http.Response, etag);
        headers.CacheControl = CacheControl;
        if (ConditionalRequest.IsNotModified(http.Request, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        byte[] bytes;
        try
        {
            bytes = await charts.GetAsync(request, catalog, cancellation).ConfigureAwait(false);
        }
        catch (ChartFontException e)
        {
            return PlainFailure.Result(
                new FailureAnswer(StatusCodes.Status503ServiceUnavailable, "Unavailable", "the chart could not be drawn: " + e.Message));
        }

        headers.XContentTypeOptions = "nosniff";
        headers.ContentDisposition = $"inline; filename=\"{request.Chart.Name}.{(request.Format == ChartFormat.Png ? "png" : "svg")}\"";
        if (request.Format == ChartFormat.Svg)
        {
            // Opened on its own, an SVG is a document: it may style itself, and nothing else.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            return Results.Bytes(bytes, "image/svg+xml; charset=utf-8");
        }

        return Results.Bytes(bytes, "image/png");
    }
}
