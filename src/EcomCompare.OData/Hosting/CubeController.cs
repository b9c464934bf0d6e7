using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Routing.Controllers;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// The one controller behind every OData route (<see cref="CubeRoutingConvention"/> gives it the service document,
/// <c>$metadata</c>, and each entity set's collection, <c>$count</c>, key and property paths). The library has routed
/// the request and parsed its path (<c>ODataFeature().Path</c>); <see cref="ODataEndpoint"/> takes it from there.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class CubeController : ODataController
{
    /// <summary>Answers a routed GET or HEAD.</summary>
    public Task Get([FromServices] ODataEndpointHandle endpoint) => endpoint.Endpoint.InvokeAsync(HttpContext);
}

/// <summary>The endpoint, as the public controller's action receives it (the endpoint itself is internal).</summary>
public sealed class ODataEndpointHandle
{
    internal ODataEndpointHandle(ODataEndpoint endpoint) => Endpoint = endpoint;

    internal ODataEndpoint Endpoint { get; }

    /// <summary>Answers a refusal made outside the OData endpoint (the host's fair shares) as an OData JSON error.</summary>
    public Task RefuseAsync(HttpContext http, int status, string code, string message, string? target) =>
        Endpoint.RefuseAsync(http, status, code, message, target);
}
