using System.Security.Cryptography;
using System.Text;
using EcomCompare.Charts;
using EcomCompare.Charts.Exports;
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
/// <c>GET /export/{comparison}.xlsx</c> with the chart URLs' slice parameters, <c>lang</c> and the view's switches
/// (<c>layout</c>, <c>by</c>, <c>measure</c>, <c>rows</c>, <c>cols</c>, <c>totals</c> — each where its comparison takes
/// it), read into the <see cref="ExportView"/> the dashboard wrote the address from. Bad parameters → 400 with a
/// plain sentence; no cube → 503.
/// </summary>
internal static class WorkbookEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The parameters an export URL takes.</summary>
    public static IReadOnlyList<string> Parameters { get; } =
        [.. SliceQueryString.Keys, "lang", .. Comparisons.Comparisons.All.SelectMany(c => c.Options.Keys).Distinct()];

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{file}", ServeAsync);
        return app;
    }

    /// <summary>Parses a request without the cube (syntax only).</summary>
    internal static bool TryParse(string file, IQueryCollection query, out IComparison comparison, out CubeSlice slice, out ChartLanguage language, out string? error) =>
        TryParse(file, query, out comparison, out slice, out language, out _, out error);

    /// <summary>Parses a request without the cube (syntax only), with the view it exports.</summary>
    internal static bool TryParse(string file, IQueryCollection query, out IComparison comparison, out CubeSlice slice, out ChartLanguage language, out ExportView view, out string? error)
    {
        comparison = null!;
        slice = CubeSlice.All;
        language = ChartLanguage.Vi;
        view = new ExportView(ExportPage.FundingSplit, slice, "vi");
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

        return TryView(comparison, values, slice, language, out view, out error);
    }

    /// <summary>The view's switches: each must be one the comparison takes, with a value it knows.</summary>
    private static bool TryView(IComparison comparison, IReadOnlyDictionary<string, string> values, CubeSlice slice, ChartLanguage language, out ExportView view, out string? error)
    {
        view = new ExportView(comparison.Page ?? ExportPage.Explorer, slice, language == ChartLanguage.En ? "en" : "vi");
        error = null;
        foreach (var (key, value) in values.Where(p => !SliceQueryString.Keys.Contains(p.Key) && p.Key != "lang"))
        {
            if (!comparison.Options.TryGetValue(key, out var allowed))
            {
                error = comparison.Options.Count == 0
                    ? $"'{key}' does not apply to {comparison.Name}.xlsx: it takes the slice and lang only"
                    : $"'{key}' does not apply to {comparison.Name}.xlsx: it takes {string.Join(", ", comparison.Options.Keys)}";
                return false;
            }

            if (allowed is not null && !allowed.Contains(value))
            {
                error = $"{key} '{QueryParameters.Clean(value)}': {comparison.Name}.xlsx takes {key}={string.Join(" or " + key + "=", allowed)}";
                return false;
            }
        }

        string? Get(string key) => values.TryGetValue(key, out var v) ? v : null;
        view = view with
        {
            Mode = Get("layout") == "multiples" ? "multiples" : null,
            Grouping = Get("by"),
            Measure = Get("measure"),
            Subtotals = Get("totals") != "off",
        };
        if (comparison.Page != ExportPage.Explorer)
        {
            return true;
        }

        var rows = new List<CubeDimension>();
        foreach (var token in (Get("rows") ?? "province,category").Split(',', StringSplitOptions.TrimEntries))
        {
            if (PivotTokens.Parse(token) is not { } row || !PivotTokens.RowChoices.Contains(row) || rows.Contains(row))
            {
                error = $"rows '{QueryParameters.Clean(token)}': write rows= as distinct dimensions among {string.Join(", ", PivotTokens.RowChoices.Select(PivotTokens.Token))}";
                return false;
            }

            rows.Add(row);
        }

        CubeDimension? column = CubeDimension.Source;
        if (Get("cols") is { } cols)
        {
            column = cols == PivotTokens.NoColumn ? null : PivotTokens.Parse(cols);
            if (cols != PivotTokens.NoColumn && (column is null || !PivotTokens.ColumnChoices.Contains(column.Value) || rows.Contains(column.Value)))
            {
                error = $"cols '{QueryParameters.Clean(cols)}': write cols={PivotTokens.NoColumn} or one of {string.Join(", ", PivotTokens.ColumnChoices.Select(PivotTokens.Token))} that is not a row";
                return false;
            }
        }

        if (rows.Count > 4)
        {
            error = "rows: at most 4 levels";
            return false;
        }

        view = view with { Rows = rows, Column = column };
        return true;
    }

    private static async Task<IResult> ServeAsync(string file, HttpContext http, ChartService charts, CancellationToken cancellation)
    {
        if (!TryParse(file, http.Request.Query, out var comparison, out var parsed, out var language, out var view, out var error))
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
            var request = new WorkbookRequest(comparison, slice, language, baseUrl) { View = view with { Slice = slice } };
            var bytes = await WorkbookBuilder.BuildAsync(request, catalog, charts.Queries, cancellation).ConfigureAwait(false);
            // Weak: the same data and parameters give an equivalent workbook, not byte-identical zip entries.
            var key = $"{catalog.Identity.BuildId}|{comparison.Name}|{http.Request.QueryString}|{baseUrl}";
            http.Response.Headers.ETag = $"W/\"{catalog.Identity.BuildId}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8))}\"";
            http.Response.Headers.CacheControl = "public, no-cache";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(bytes, ContentType, FileName(request, catalog));
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

    /// <summary>
    /// What the file holds: <c>ecomcompare-funding-split-multiples-binh-dinh-can-tho-2021-2023-en.xlsx</c> — the
    /// comparison and its switches, the provinces (all when none is named: <c>all-provinces</c>), the years, the language.
    /// </summary>
    internal static string FileName(WorkbookRequest request, CubeCatalog catalog)
    {
        var view = request.View;
        var parts = new List<string> { "ecomcompare", request.Comparison.Name };
        if (view.Mode == "multiples")
        {
            parts.Add("multiples");
        }

        if (view.Grouping == "native")
        {
            parts.Add("native-groups");
        }

        if (view.Page == ExportPage.Explorer)
        {
            parts.Add(string.Join('-', view.Rows.Select(PivotTokens.Token)) + (view.Column is { } c ? "-by-" + PivotTokens.Token(c) : string.Empty));
        }

        if (view.Measure is "share" or "row" or "col" or "total")
        {
            parts.Add(view.Measure == "share" ? "shares" : "share-of-" + view.Measure switch { "row" => "row", "col" => "column", _ => "total" });
        }

        var slice = request.Slice;
        parts.Add(slice.Provinces.Count == 0 || slice.Provinces.Count == catalog.Provinces.Count ? "all-provinces" : string.Join('-', slice.Provinces));
        if (slice.FromYear is { } from && slice.ToYear is { } to)
        {
            parts.Add(from == to ? from.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{from}-{to}"));
        }

        if (request.Language == ChartLanguage.En)
        {
            parts.Add("en");
        }

        return string.Join('-', parts) + ".xlsx";
    }

    private static IResult Plain(int status, string message) =>
        Results.Text(message + "\n", "text/plain; charset=utf-8", Encoding.UTF8, status);
}
