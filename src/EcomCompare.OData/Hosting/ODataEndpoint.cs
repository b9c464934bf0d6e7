using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Sql;
using EcomCompare.Cube.Store;
using EcomCompare.OData.Model;
using EcomCompare.OData.Query;
using EcomCompare.OData.Serialization;
using EcomCompare.OData.Translation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.OData;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// Serves <c>/odata</c> behind Microsoft.AspNetCore.OData's routing (<see cref="CubeController"/>) and the catch-all
/// for what no route takes: parse (the routed path, <c>ODataQueryOptions</c>, validation settings) → translate
/// (binders → <see cref="SqlSelect"/> → the cube's <see cref="SqlRenderer"/>) → run in DuckDB on a leased cube
/// connection → write with <see cref="ODataMessageWriter"/> into a buffer → send. Adds ETag/Last-Modified from the cube build, answers If-None-Match with 304, caches whole
/// responses by normalised request, and turns every failure into an OData error (400/404/406/414/501/503/504).
/// </summary>
internal sealed partial class ODataEndpoint
{
    private const string Prefix = "/odata";
    private readonly CubeStore _store;
    private readonly ODataServiceOptions _options;
    private readonly ILogger<ODataEndpoint> _logger;
    private readonly ODataRequestParser _parser;
    private readonly ODataSqlTranslator _translator;
    private readonly ODataPayloadWriter _writer;
    private readonly ResponseCache _cache;
    private readonly IServiceProvider _routeServices;

    public ODataEndpoint(CubeStore store, ODataServiceOptions options, IOptions<ODataOptions> odata, ILogger<ODataEndpoint> logger)
    {
        _store = store;
        _options = options;
        _logger = logger;
        _routeServices = odata.Value.GetRouteServices(ODataServiceExtensions.RoutePrefix);
        _parser = new ODataRequestParser(CubeEdmModel.Instance, options);
        _translator = new ODataSqlTranslator(options);
        _writer = new ODataPayloadWriter(CubeEdmModel.Instance, _routeServices, options.MaxResponseBytes);
        _cache = new ResponseCache(options.CacheEntries, options.CacheBytes, options.CacheEntryMaxBytes);
        store.Swapped += _ => _cache.Clear();
    }

    /// <summary>Responses currently cached (for tests and diagnostics).</summary>
    public int CachedResponses => _cache.Count;

    public async Task InvokeAsync(HttpContext http)
    {
        ODataPayload payload;
        try
        {
            payload = await RespondAsync(http).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away
        }
        catch (Exception e)
        {
            // Even writing the error failed: a fixed OData error, never ASP.NET's empty 500 or a stack trace.
            LogUnexpected(_logger, e, http.Request.Path + http.Request.QueryString);
            payload = LastResort;
        }

        await SendAsync(http, payload).ConfigureAwait(false);
    }

    /// <summary>Answers <paramref name="http"/> with an OData JSON error (for refusals made outside this endpoint, e.g. <c>$batch</c>).</summary>
    public Task RefuseAsync(HttpContext http, int status, string code, string message, string? target) =>
        SendAsync(http, _writer.Error(status, code, message, target));

    private static async Task SendAsync(HttpContext http, ODataPayload payload)
    {
        http.Response.StatusCode = payload.Status;
        foreach (var (name, value) in payload.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (payload.Status != StatusCodes.Status304NotModified)
        {
            http.Response.ContentLength = payload.Body.Length;
            if (!HttpMethods.IsHead(http.Request.Method))
            {
                await http.Response.Body.WriteAsync(payload.Body, http.RequestAborted).ConfigureAwait(false);
            }
        }
    }

    private async Task<ODataPayload> RespondAsync(HttpContext http)
    {
        try
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            {
                var refused = _writer.Error(StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "The OData service is read-only: use GET.", "method");
                return refused with { Headers = new Dictionary<string, string>(refused.Headers, StringComparer.OrdinalIgnoreCase) { ["Allow"] = "GET, HEAD" } };
            }

            var target = RawTarget(http);
            if (target.Length > _options.MaxUrlLength)
            {
                return _writer.Error(StatusCodes.Status414UriTooLong, "UriTooLong", $"The request URL is {target.Length} characters long; at most {_options.MaxUrlLength} are accepted (Excel's own limit is 2048).", "url");
            }

            var serviceRoot = ServiceRoot(http);
            var feature = http.Request.ODataFeature();
            if (feature.Services is null)
            {
                // A request no OData route took (the catch-all): the route's services, in a scope of its own.
                var scope = _routeServices.CreateScope();
                http.Response.RegisterForDispose(scope);
                feature.RequestScope = scope;
                feature.Services = scope.ServiceProvider;
            }

            var request = _parser.Parse(http, serviceRoot, Relative(target));
            var format = ResponseFormat.Of(request.Format, http.Request.Headers.Accept.ToString(), http.Request.Headers.AcceptCharset.ToString() is { Length: > 0 } charset ? charset : null);
            return request.Kind switch
            {
                ODataRequestKind.Metadata => WithValidators(_writer.Metadata(), "\"m-" + ModelTag + "\"", null),
                ODataRequestKind.ServiceDocument => WithValidators(_writer.ServiceDocument(serviceRoot, format), null, null),
                _ => await DataAsync(http, request, format).ConfigureAwait(false),
            };
        }
        catch (ODataServiceException e)
        {
            return _writer.Error(e.Status, e.Code, e.Message, e.Target);
        }
        catch (ODataContentTypeException)
        {
            return _writer.Error(StatusCodes.Status406NotAcceptable, "NotAcceptable",
                "None of the accepted media types can be served: data comes as application/json (odata.metadata=minimal, full or none; $format=json), $metadata as application/xml.", "Accept");
        }
        catch (ODataException e)
        {
            return _writer.Error(StatusCodes.Status400BadRequest, "BadRequest", e.Message, null);
        }
        catch (ResponseTooLargeException e)
        {
            // 400, not 413: 413 is about the request's content, and a client would report its request as too
            // large; the same request will always fail, so no 5xx either. What helps is asking for less.
            return _writer.Error(StatusCodes.Status400BadRequest, "ResponseTooLarge",
                $"The response would be larger than {Megabytes(e.Limit)}, the most this service sends at once. Ask for fewer rows per page (Prefer: odata.maxpagesize=…, $top), fewer properties ($select), or shorter computed values.", null);
        }
        catch (SqlRenderException e)
        {
            return _writer.Error(StatusCodes.Status400BadRequest, "BadRequest", "The query is too complex or uses an invalid name: " + e.Message, null);
        }
        catch (CubeQueryException e) when (e.Failure == CubeQueryFailure.Timeout)
        {
            return _writer.Error(StatusCodes.Status504GatewayTimeout, "QueryTimeout",
                $"The query ran longer than the {_store.Options.QueryTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s limit and was stopped after {e.RanFor?.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s. Narrow it with $filter, or aggregate with $apply.", null);
        }
        catch (CubeQueryException e) when (e.Failure == CubeQueryFailure.Busy)
        {
            var seconds = (int)Math.Ceiling((e.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds);
            var busy = _writer.Error(StatusCodes.Status503ServiceUnavailable, "Busy",
                $"{char.ToUpperInvariant(e.Message[0])}{e.Message[1..]}. Try again in {seconds.ToString(CultureInfo.InvariantCulture)} s.", null);
            return busy with { Headers = new Dictionary<string, string>(busy.Headers, StringComparer.OrdinalIgnoreCase) { ["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture) } };
        }
        catch (CubeQueryException e) when (e.Failure == CubeQueryFailure.Unavailable)
        {
            return _writer.Error(StatusCodes.Status503ServiceUnavailable, "Unavailable", "The cube could not answer just now: " + e.Message + ". Narrow the query with $filter, or try again later.", null);
        }
        catch (CubeQueryException e) when (e.Failure == CubeQueryFailure.ClientMistake)
        {
            // Values the database cannot evaluate (overflow, a failed conversion, a type mismatch): the query's doing.
            return _writer.Error(StatusCodes.Status400BadRequest, "BadRequest", "The query cannot be evaluated on the cube's values: " + e.Message + ".", null);
        }
        catch (CubeQueryException e)
        {
            // SQL we generated was refused (parser, catalog, permission): our bug, logged, never blamed on the client.
            LogUnexpected(_logger, e, http.Request.Path + http.Request.QueryString);
            return _writer.Error(StatusCodes.Status500InternalServerError, "InternalError", "The service failed unexpectedly; the error has been logged.", null);
        }
        catch (CubeUnavailableException e)
        {
            return _writer.Error(StatusCodes.Status503ServiceUnavailable, "CubeUnavailable", e.Message, null);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            LogUnexpected(_logger, e, http.Request.Path + http.Request.QueryString);
            return _writer.Error(StatusCodes.Status500InternalServerError, "InternalError", "The service failed unexpectedly; the error has been logged.", null);
        }
    }

    private async Task<ODataPayload> DataAsync(HttpContext http, ODataRequest request, ResponseFormat format)
    {
        var (pageSize, preferenceApplied) = PageSize(http);

        // What the current cube can answer without a query (304, a cached response) takes no place in the queue.
        if (Ready(http, _store.Identity, request, format, pageSize, out _, out _) is { } ready)
        {
            return ready;
        }

        // A client's query waits for one of the few places for client queries (503 + Retry-After when they and
        // the queue are full); the dashboard's own queries have places of their own.
        using var lease = await _store.LeaseAsync(CubeWorkload.AdHoc, http.RequestAborted).ConfigureAwait(false);
        try
        {
            var identity = lease.Identity; // a rebuild may have swapped the cube while this request waited
            if (Ready(http, identity, request, format, pageSize, out var key, out var etag) is { } answered)
            {
                return answered;
            }

            var payload = await ExecuteAsync(lease, request, format, pageSize, http.RequestAborted).ConfigureAwait(false);
            payload = WithValidators(payload, etag, identity.BuiltAt);
            if (preferenceApplied)
            {
                payload = payload with { Headers = new Dictionary<string, string>(payload.Headers, StringComparer.OrdinalIgnoreCase) { ["Preference-Applied"] = "odata.maxpagesize=" + pageSize.ToString(CultureInfo.InvariantCulture) } };
            }

            if (payload.Status == StatusCodes.Status200OK)
            {
                _cache.Add(key, payload);
            }

            return payload;
        }
        catch (CubeQueryException)
        {
            lease.Broken = true; // an interrupted or failed query: do not pool that connection
            throw;
        }
    }

    private ODataPayload? Ready(HttpContext http, CubeIdentity identity, ODataRequest request, ResponseFormat format, int pageSize, out string key, out string etag)
    {
        key = CacheKey(identity, request, format, pageSize);
        etag = "\"" + Hash(key)[..24] + "\"";
        if (NotModified(http, etag, identity.BuiltAt))
        {
            return new ODataPayload(StatusCodes.Status304NotModified, Validators(etag, identity.BuiltAt), []);
        }

        return _cache.TryGet(key, out var cached) ? cached : null;
    }

    // The parsed clauses (ODataQueryOptions' FilterClause, ApplyClause, OrderByClause, SelectExpandClause, top, skip,
    // count, skip token) become one SQL statement through our translators, and DuckDB does the work: aggregation
    // ALWAYS runs in DuckDB SQL, never as LINQ over materialised rows. Microsoft.AspNetCore.OData's own $apply
    // (ApplyTo over IQueryable) would read every row into .NET first, and its paging of aggregated results has open
    // bugs (AspNetCoreOData #918); the keyset skip token needs the SQL's total order anyway.
    private async Task<ODataPayload> ExecuteAsync(CubeLease lease, ODataRequest request, ResponseFormat format, int pageSize, CancellationToken cancellation)
    {
        switch (request.Kind)
        {
            case ODataRequestKind.Count:
                var total = await CountAsync(lease, _translator.Count(request), cancellation).ConfigureAwait(false);
                return _writer.Count(request.ServiceRoot, total);

            case ODataRequestKind.Entity or ODataRequestKind.Property:
                var single = _translator.Entity(request);
                var found = await RowsAsync(lease, single.Rows, cancellation, _options.MaxResponseBytes).ConfigureAwait(false);
                if (found.Count == 0)
                {
                    throw ODataServiceException.NotFound($"{request.Set!.Name} has no entity with the key ({string.Join(", ", request.Key.Select(k => k.Key + "=" + Convert.ToString(k.Value, CultureInfo.InvariantCulture)))}).", "path");
                }

                return request.Kind == ODataRequestKind.Entity
                    ? _writer.Entity(request, single, found[0], format)
                    : _writer.Property(request, single, found[0], format);

            default:
                var query = _translator.Collection(request, pageSize);
                long? count = query.Count is null ? null : await CountAsync(lease, query.Count, cancellation).ConfigureAwait(false);
                var rows = await RowsAsync(lease, query.Rows, cancellation, _options.MaxResponseBytes).ConfigureAwait(false);
                Uri? next = null;
                if (rows.Count > query.PageSize)
                {
                    rows = rows.GetRange(0, query.PageSize);
                    next = NextLink(request, query, rows[^1]);
                }

                return _writer.Feed(request, query, rows, count, next, format);
        }
    }

    // Reading stops as soon as the rows' text alone passes the response limit: each character is at least one
    // byte in the JSON, so such a response could never be sent, and holding the rest of the rows would spend the
    // memory the limit is there to save. What fits is checked to the byte when it is written (CappedStream).
    private static async Task<List<object?[]>> RowsAsync(CubeLease lease, SqlSelect select, CancellationToken cancellation, long maxBytes)
    {
        var rows = new List<object?[]>();
        long atLeast = 0;
        using var reader = await lease.Connection.ExecuteReaderAsync(SqlRenderer.Render(select), lease.TimeoutSeconds, cancellation).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            foreach (var value in row)
            {
                atLeast += value is string text ? text.Length + 2 : 1;
            }

            if (atLeast > maxBytes)
            {
                throw new ResponseTooLargeException(maxBytes);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string Megabytes(long bytes) =>
        bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB" : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    private static async Task<long> CountAsync(CubeLease lease, SqlSelect select, CancellationToken cancellation)
    {
        using var reader = await lease.Connection.ExecuteReaderAsync(SqlRenderer.Render(select), lease.TimeoutSeconds, cancellation).ConfigureAwait(false);
        return await reader.ReadAsync(cancellation).ConfigureAwait(false) ? Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture) : 0;
    }

    // The next page: the same query without $skip (already applied) and with $top reduced by what this page held,
    // continuing after this page's last row.
    private static Uri NextLink(ODataRequest request, TranslatedQuery query, object?[] last)
    {
        var token = SkipToken.Encode(query.OrderFingerprint, query.OrderOrdinals.Select(o => last[o]).ToList());
        var parts = request.RawQuery
            .Where(p => ODataRequestParser.Unescape(p.Key, "query") is not ("$skip" or "$skiptoken" or "$top"))
            .Select(p => p.Key + "=" + p.Value)
            .ToList();
        if (query.Remaining is { } remaining)
        {
            parts.Add("$top=" + (remaining - query.PageSize).ToString(CultureInfo.InvariantCulture));
        }

        parts.Add("$skiptoken=" + token);
        return new Uri(request.ServiceRoot, request.RawPath + "?" + string.Join("&", parts));
    }

    private (int PageSize, bool PreferenceApplied) PageSize(HttpContext http)
    {
        foreach (var prefer in http.Request.Headers["Prefer"])
        {
            foreach (var part in (prefer ?? string.Empty).Split([',', ';'], StringSplitOptions.TrimEntries))
            {
                if (part.StartsWith("odata.maxpagesize=", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(part["odata.maxpagesize=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
                {
                    return (Math.Min(size, _options.MaxPageSize), true);
                }
            }
        }

        return (_options.EffectivePageSize, false);
    }

    // Two requests that differ only in option order or percent-encoding share a key; the cube build is part of it.
    private static string CacheKey(CubeIdentity identity, ODataRequest request, ResponseFormat format, int pageSize)
    {
        var key = new StringBuilder()
            .Append(identity.BuildId).Append('|').Append(identity.BuiltAt.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(request.ServiceRoot.AbsoluteUri).Append('\n')
            .Append(ODataRequestParser.Unescape(request.RawPath, "path").TrimEnd('/')).Append('\n');
        foreach (var (name, value) in request.RawQuery
                     .Select(p => (Name: ODataRequestParser.Unescape(p.Key, "query"), Value: ODataRequestParser.Unescape(p.Value, "query")))
                     .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            key.Append(name).Append('=').Append(value).Append('\n');
        }

        return key.Append(format.Accept).Append('\n').Append(format.AcceptCharset).Append('\n')
            .Append(pageSize.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    private static bool NotModified(HttpContext http, string etag, DateTimeOffset lastModified)
    {
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return ifNoneMatch.Split(',', StringSplitOptions.TrimEntries)
                .Any(tag => tag == "*" || tag == etag || (tag.StartsWith("W/", StringComparison.Ordinal) && tag[2..] == etag));
        }

        var since = http.Request.Headers.IfModifiedSince.ToString();
        return since.Length > 0
            && DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            && Truncate(lastModified) <= date;
    }

    private static ODataPayload WithValidators(ODataPayload payload, string? etag, DateTimeOffset? lastModified)
    {
        var headers = new Dictionary<string, string>(payload.Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in Validators(etag, lastModified))
        {
            headers[name] = value;
        }

        return payload with { Headers = headers };
    }

    private static Dictionary<string, string> Validators(string? etag, DateTimeOffset? lastModified)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Cache-Control"] = "no-cache",
            ["Vary"] = "Accept, Accept-Charset, Prefer",
        };
        if (etag is not null)
        {
            headers["ETag"] = etag;
        }

        if (lastModified is { } modified)
        {
            headers["Last-Modified"] = Truncate(modified).ToString("R", CultureInfo.InvariantCulture);
        }

        return headers;
    }

    private static DateTimeOffset Truncate(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static readonly ODataPayload LastResort = new(
        StatusCodes.Status500InternalServerError,
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json;odata.metadata=minimal;charset=utf-8", ["OData-Version"] = "4.0" },
        Encoding.UTF8.GetBytes("{\"error\":{\"code\":\"InternalError\",\"message\":\"The service failed unexpectedly; the error has been logged.\"}}"));

    private static readonly string ModelTag = Hash(typeof(ODataEndpoint).Assembly.ManifestModule.ModuleVersionId.ToString())[..16];

    private static string RawTarget(HttpContext http)
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

    // The part after /odata/, still percent-encoded, exactly as the client sent it.
    private static string Relative(string target)
    {
        var start = target.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            throw ODataServiceException.NotFound("The OData service lives at /odata.", "path");
        }

        var rest = target[(start + Prefix.Length)..];
        return rest.StartsWith('/') ? rest[1..] : rest;
    }

    private static Uri ServiceRoot(HttpContext http)
    {
        try
        {
            return new Uri($"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}{http.Request.PathBase.ToUriComponent()}{Prefix}/");
        }
        catch (UriFormatException)
        {
            throw ODataServiceException.BadRequest("The Host header does not make a valid URL.", "Host");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "OData request {Target} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string target);
}
