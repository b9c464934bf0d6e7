using Microsoft.OData;

namespace EcomCompare.OData.Serialization;

/// <summary>
/// The response message <see cref="ODataMessageWriter"/> writes into: a memory buffer (Kestrel forbids synchronous
/// writes, and a buffered payload can never be sent half-written when a query fails mid-way) and a header map —
/// so OData-Version, set by the writer, reaches the HTTP response exactly once.
/// </summary>
internal sealed class BufferedResponseMessage : IODataResponseMessage, IContainerProvider
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    public MemoryStream Body { get; } = new();

    public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

    public int StatusCode { get; set; } = 200;

    public IServiceProvider Container => ODataServiceContainer.Instance;

    public string? GetHeader(string headerName) => _headers.TryGetValue(headerName, out var value) ? value : null;

    public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

    public Stream GetStream() => Body;
}
