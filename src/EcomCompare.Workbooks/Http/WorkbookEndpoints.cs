using System.Security.Cryptography;
using System.Text;
using EcomCompare.Charts;
using EcomCompare.Charts.Requests;
using EcomCompare.Charts.Text;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Workbooks.Comparisons;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcomCompare.Workbooks.Http;

/// <summary>
/// <c>GET /export/{comparison}.xlsx</c> with the chart URLs' slice parameters and <c>lang</c>. Bad parameters →
/// 400 with a plain sentence; no cube → 503.
/// </summary>
internal static class WorkbookEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The parameters an export URL takes.</summary>
    public static IReadOnlyList<string> Parameters { get; } = [.. SliceQueryString.Keys, "lang"];

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{file}", ServeAsync);
        return app;
    }

    /// <summary>Parses a request without the cube (syntax only).</summary>
    internal static bool TryParse(string file, IQueryCollection query, out IComparison comparison, out CubeSlice slice, out ChartLanguage language, out string? error)
    {
        comparison = null!;
        slice = CubeSlice.All;
        language = ChartLanguage.Vi;
        var dot = file.LastIndexOf('.');
        var name = dot < 0 ? file : file[..dot];
        if (Comparisons.Comparisons.Find(name) is not { } found)
        {
            error = $"unknown comparison '{QueryParameters.Clean(name)}': the exports are {string.Join(", ", Comparisons.Comparisons.All.Select(c => c.Name + ".xlsx"))}";
            return false;
        }

        comparison = found;
        if (!file.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            error = $"'{QueryParameters.Clean(file)}': ask for {name}.xlsx";
            return false;
        }

        if (!QueryParameters.TryRead(query, Parameters, out var values, out error)
            || !SliceQueryString.TryParse(k => values.TryGetValue(k, out var v) ? v : null, out slice, out error))
        {
            return false;
        }

        switch (values.GetValueOrDefault("lang"))
        {
            case null or "vi":
                break;
            case "en":
                language = ChartLanguage.En;
                break;
            case var other:
                error = $"lang '{QueryParameters.Clean(other)}': write lang=vi (default) or lang=en";
                return false;
        }

        return true;
    }

    private static async Task<IResult> ServeAsync(string file, HttpContext http, ChartService charts, CancellationToken cancellation)
    {
        if (!TryParse(file, http.Request.Query, out var comparison, out var parsed, out var language, out var error))
        {
            return Plain(StatusCodes.Status400BadRequest, error!);
        }

        try
        {
            var catalog = await charts.CatalogAsync(cancellation).ConfigureAwait(false);
            if (!SliceResolver.TryResolve(parsed, catalog, out var slice, out error))
            {
                return Plain(StatusCodes.Status400BadRequest, error!);
            }

            var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
            var request = new WorkbookRequest(comparison, slice, language, baseUrl);
            var bytes = await WorkbookBuilder.BuildAsync(request, catalog, charts.Queries, cancellation).ConfigureAwait(false);
            // Weak: the same data and parameters give an equivalent workbook, not byte-identical zip entries.
            var key = $"{catalog.Identity.BuildId}|{comparison.Name}|{SliceQueryString.Format(slice)}|{request.LanguageCode}|{baseUrl}";
            http.Response.Headers.ETag = $"W/\"{catalog.Identity.BuildId}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8))}\"";
            http.Response.Headers.CacheControl = "public, no-cache";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            var suffix = request.Language == ChartLanguage.En ? "-en" : string.Empty;
            return Results.File(bytes, ContentType, $"ecomcompare-{comparison.Name}{suffix}.xlsx");
        }
        catch (CubeUnavailableException e)
        {
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

    private static IResult Plain(int status, string message) =>
        Results.Text(message + "\n", "text/plain; charset=utf-8", Encoding.UTF8, status);
}
