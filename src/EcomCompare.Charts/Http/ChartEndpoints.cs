using System.Text;
using EcomCompare.Charts.Definitions;
using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace EcomCompare.Charts.Http;

/// <summary>
/// <c>GET /charts/{chart}.{svg|png}</c> and the <c>GET /charts</c> index. Bad parameters → 400 with a plain
/// sentence; no cube, no chart font or a full render queue → 503 (the last with <c>Retry-After</c>); a client that
/// has gone stops its render; a matching <c>If-None-Match</c> → 304 without drawing anything.
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
        app.MapGet("/charts", Index);
        app.MapGet("/charts/{file}", ServeAsync);
        return app;
    }

    private static IResult Index() => Results.Json(new
    {
        charts = ChartDefinitions.All.Select(c => new
        {
            name = c.Name,
            formats = new[] { "svg", "png" },
            measures = c.Measures,
            layouts = c.Layouts,
            sources = c.UsesSources,
            width = c.DefaultWidth,
            height = c.DefaultHeight,
            example = $"/charts/{c.Name}.svg?years=2021-2025",
        }),
        parameters = ChartRequestParser.Parameters,
    });

    private static async Task<IResult> ServeAsync(string file, HttpContext http, ChartService charts, CancellationToken cancellation)
    {
        if (!ChartRequestParser.TryParse(file, http.Request.Query, out var parsed, out var error))
        {
            return Plain(StatusCodes.Status400BadRequest, error!);
        }

        try
        {
            var catalog = await charts.CatalogAsync(cancellation).ConfigureAwait(false);
            if (!ChartRequestParser.TryResolve(parsed, catalog, out var request, out error))
            {
                return Plain(StatusCodes.Status400BadRequest, error!);
            }

            var etag = ChartService.ETag(request, catalog);
            var headers = http.Response.Headers;
            headers.ETag = etag;
            headers.CacheControl = CacheControl;
            if (Matches(http.Request.Headers.IfNoneMatch, etag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            var bytes = await charts.GetAsync(request, catalog, cancellation).ConfigureAwait(false);
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
        catch (CubeUnavailableException e)
        {
            return Plain(StatusCodes.Status503ServiceUnavailable, e.Message);
        }
        catch (ChartFontException e)
        {
            return Plain(StatusCodes.Status503ServiceUnavailable, "the chart could not be drawn: " + e.Message);
        }
        catch (RenderQueueFullException e)
        {
            http.Response.Headers.RetryAfter = charts.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Plain(StatusCodes.Status503ServiceUnavailable, e.Message);
        }
        catch (CubeQueryException e) when (!cancellation.IsCancellationRequested)
        {
            if (e.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture); // the cube's queue is full
            }

            return Plain(e.Failure == CubeQueryFailure.Timeout ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status503ServiceUnavailable, "the cube did not answer: " + e.Message);
        }
    }

    /// <summary>True when an <c>If-None-Match</c> list names this entity tag (weak or strong) or is <c>*</c>.</summary>
    internal static bool Matches(IEnumerable<string?> ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
        {
            if (header is null)
            {
                continue;
            }

            if (EntityTagHeaderValue.TryParseList([header], out var tags))
            {
                if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IResult Plain(int status, string message) =>
        Results.Text(message + "\n", "text/plain; charset=utf-8", Encoding.UTF8, status);
}
