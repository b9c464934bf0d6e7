using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData;

namespace EcomCompare.OData.Serialization;

/// <summary>
/// The response message <see cref="ODataMessageWriter"/> writes into: a memory buffer (Kestrel forbids synchronous
/// writes, and a buffered payload can never be sent half-written when a query fails mid-way, and can be cached and
/// tagged) and a header map — so OData-Version, set by the writer, reaches the HTTP response exactly once. Its
/// services are the OData route's (Microsoft.AspNetCore.OData's route container, <see cref="ODataServiceExtensions"/>),
/// in a scope of their own: the writer's settings are a scoped service, and resolved from the root they would be one
/// object shared by every concurrent request. The buffer takes at most <c>maxBytes</c> (<see cref="CappedStream"/>).
/// </summary>
internal sealed class BufferedResponseMessage(IServiceProvider routeServices,
    long maxBytes = long.MaxValue) : IODataResponseMessage, IServiceCollectionProvider, IDisposable
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly IServiceScope _scope = routeServices.CreateScope();

    public MemoryStream Body { get; } = new();

    public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

    public int StatusCode { get; set; } = 200;

    public IServiceProvider ServiceProvider => _scope.ServiceProvider;

    public string? GetHeader(string headerName) => _headers.TryGetValue(headerName, out var value) ? value : null;

    public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

    public Stream GetStream() => maxBytes == long.MaxValue ? Body : new CappedStream(Body, maxBytes);

    public void Dispose() => _scope.Dispose();
}
