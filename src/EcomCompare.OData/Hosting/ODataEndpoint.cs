using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.OData.Model;
using EcomCompare.OData.Query;
using EcomCompare.OData.Serialization;
using EcomCompare.OData.Translation;
using EcomCompare.Views.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// Serves <c>/odata</c> behind Microsoft.AspNetCore.OData's routing (<see cref="CubeController"/>) and the catch-all
/// for what no route takes: check the method and the URL's length → parse (<see cref="ODataRequestParser"/>) → a
/// 304 or a cached response when the build has one (<see cref="ResponseValidators"/>, the <see cref="BuildCache"/>)
/// → run on the cube through its query API, in the client queries' places (<see cref="ODataQueryRunner"/>) → send.
/// Every failure becomes an OData error (<see cref="ODataFailures"/>).
/// </summary>
internal sealed class ODataEndpoint
{
    private readonly CubeQueries _queries;
    private readonly ODataServiceOptions _options;
    private readonly ILogger<ODataEndpoint> _logger;
    private readonly ODataRequestParser _parser;
    private readonly ODataPayloadWriter _writer;
    private readonly ODataQueryRunner _runner;
    private readonly ODataFailures _failures;
    private readonly BuildCacheRegion<ODataPayload> _cache;
    private readonly IServiceProvider _routeServices;

    public ODataEndpoint(CubeQueries queries, IOptions<ODataServiceOptions> options, IOptions<ODataOptions> odata, BuildCache cache,
        ILoggerFactory loggers)
    {
        _queries = queries;
        _options = options.Value;
        _logger = loggers.CreateLogger<ODataEndpoint>();
        _routeServices = odata.Value.GetRouteServices(ODataServiceExtensions.RoutePrefix);
        _parser = new ODataRequestParser(CubeEdmModel.Instance, _options);
        _writer = new ODataPayloadWriter(CubeEdmModel.Instance, _routeServices, _options.MaxResponseBytes);
        _runner = new ODataQueryRunner(new ODataSqlTranslator(_options), _writer, _options.MaxResponseBytes);
        _failures = new ODataFailures(_writer, loggers.CreateLogger<ODataFailures>());
        _cache = cache.Region<ODataPayload>(
            "odata responses", _options.CacheEntries, _options.CacheBytes, _options.CacheEntryMaxBytes, p => p.Body.Length);
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
            ODataFailures.LogUnexpected(_logger, e, ODataFailures.Target(http));
            payload = ODataPayloadWriter.LastResort;
        }

        await SendAsync(http, payload).ConfigureAwait(false);
    }

    /// <summary>Answers <paramref name="http"/> with an OData JSON error (for refusals made outside this endpoint: <c>$batch</c>, hosts).</summary>
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
                var refused = _writer.Error(
                    StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "The OData service is read-only: use GET.", "method");
                return refused with
                {
                    Headers = new Dictionary<string, string>(refused.Headers,
                    StringComparer.OrdinalIgnoreCase)
                    { ["Allow"] = "GET, HEAD" }
                };
            }

            var target = RequestTarget.Raw(http);
            if (target.Length > _options.MaxUrlLength)
            {
                return _writer.Error(StatusCodes.Status414UriTooLong, "UriTooLong",
                    $"The request URL is {target.Length} characters long; at most {_options.MaxUrlLength} are accepted (Excel's own limit is 2048).",
                        "url");
            }

            var serviceRoot = RequestTarget.ServiceRoot(http);
            EnsureRouteServices(http);
            var request = _parser.Parse(http, serviceRoot, RequestTarget.Relative(target));
            var charset = http.Request.Headers.AcceptCharset.ToString() is { Length: > 0 } accepted ? accepted : null;
            var format = ResponseFormat.Of(request.Format, http.Request.Headers.Accept.ToString(), charset);
            return request.Kind switch
            {
                ODataRequestKind.Metadata => ResponseValidators.With(_writer.Metadata(), ResponseValidators.MetadataTag, null),
                ODataRequestKind.ServiceDocument => ResponseValidators.With(_writer.ServiceDocument(serviceRoot, format), null, null),
                _ => await DataAsync(http, request, format).ConfigureAwait(false),
            };
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return _failures.Answer(e, http);
        }
    }

    // A request no OData route took (the catch-all) gets the route's services, in a scope of its own.
    private void EnsureRouteServices(HttpContext http)
    {
        var feature = http.Request.ODataFeature();
        if (feature.Services is null)
        {
            var scope = _routeServices.CreateScope();
            http.Response.RegisterForDispose(scope);
            feature.RequestScope = scope;
            feature.Services = scope.ServiceProvider;
        }
    }

    private async Task<ODataPayload> DataAsync(HttpContext http, ODataRequest request, ResponseFormat format)
    {
        var page = PagePreference.Of(http.Request, _options);

        // What the current cube can answer without a query (304, a cached response) takes no place in the queue.
        if (Ready(http, _queries.Store.Identity, request, format, page, out _, out _) is { } ready)
        {
            return ready;
        }

        // A client's query waits for one of the few places for client queries (503 + Retry-After when they and the
        // queue are full); the dashboard's own queries have places of their own.
        return await _queries.ReadAsync(CubeWorkload.AdHoc, async (cube, cancellation) =>
        {
            var identity = cube.Identity; // a rebuild may have swapped the cube while this request waited
            if (Ready(http, identity, request, format, page, out var key, out var etag) is { } answered)
            {
                return answered;
            }

            var payload = await _runner.RunAsync(cube, request, format, page.Size, cancellation).ConfigureAwait(false);
            payload = ResponseValidators.With(payload, etag, identity.BuiltAt);
            if (page.AppliedHeader is { } applied)
            {
                payload = payload with
                {
                    Headers = new Dictionary<string, string>(payload.Headers,
                    StringComparer.OrdinalIgnoreCase)
                    { ["Preference-Applied"] = applied }
                };
            }

            if (payload.Status == StatusCodes.Status200OK)
            {
                _cache.Set(identity, key, payload);
            }

            return payload;
        }, http.RequestAborted).ConfigureAwait(false);
    }

    private ODataPayload? Ready(HttpContext http, Cube.Build.CubeIdentity identity, ODataRequest request, ResponseFormat format, PagePreference page,
        out string key, out Microsoft.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        key = ResponseValidators.Key(identity, request, format, page.Size);
        etag = ResponseValidators.Tag(key);
        return ResponseValidators.NotModified(http.Request, etag, identity.BuiltAt)
            ?? (_cache.TryGet(identity, key, out var cached) ? cached : null);
    }
}
