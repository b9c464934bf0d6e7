using System.Security.Cryptography;
using System.Text;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Http;
using EcomCompare.Views.Slices;
using EcomCompare.Workbooks.Comparisons;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace EcomCompare.Workbooks.Http;

/// <summary>
/// <c>GET /export/{comparison}.xlsx</c> (<see cref="WorkbookRequestParser"/> reads it). Bad parameters → 400 with a
/// plain sentence; a matching <c>If-None-Match</c> → 304 without building anything; a cube failure (no cube, busy,
/// a timeout) is answered by the service's one failure policy.
/// </summary>
internal static class WorkbookEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Routes.Exports + "/{file}", ServeAsync);
        return app;
    }

    private static async Task<IResult> ServeAsync(
        string file, HttpContext http, CatalogSource catalogs, Cube.Query.CubeQueries queries, CancellationToken cancellation)
    {
        if (!WorkbookRequestParser.TryParse(
            file, http.Request.Query, out var comparison, out var parsed, out var language, out var view, out var error))
        {
            return PlainFailure.BadRequest(error!);
        }

        var catalog = await catalogs.GetAsync(cancellation).ConfigureAwait(false);
        if (!SliceResolver.TryResolve(parsed, catalog, out var slice, out error))
        {
            return PlainFailure.BadRequest(error!);
        }

        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var request = new WorkbookRequest(comparison, slice, language, baseUrl) { View = view with { Slice = slice } };
        // Weak: the same data and parameters give an equivalent workbook, not byte-identical zip entries.
        var key = $"{catalog.Identity.BuildId}|{comparison.Name}|{http.Request.QueryString}|{baseUrl}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
        var etag = new EntityTagHeaderValue($"\"{catalog.Identity.BuildId}-{hash}\"", isWeak: true);
        ConditionalRequest.SetValidators(http.Response, etag);
        http.Response.Headers.CacheControl = "public, no-cache";
        if (ConditionalRequest.IsNotModified(http.Request, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var bytes = await WorkbookBuilder.BuildAsync(request, catalog, queries, cancellation).ConfigureAwait(false);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(bytes, ContentType, WorkbookRequestParser.FileName(request, catalog));
    }
}
