using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Batch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Microsoft.OData;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// The library's <c>$batch</c> handler (multipart/mixed and JSON), with the service's errors: a batch it cannot read
/// gets a 400 OData JSON error. Left to itself it answers a wrong media type with a plain-text 400 and lets a
/// malformed batch body escape as an exception (an empty 500).
/// </summary>
internal sealed class CubeBatchHandler : DefaultODataBatchHandler
{
    public override async Task ProcessBatchAsync(HttpContext context, RequestDelegate nextHandler)
    {
        var endpoint = context.RequestServices.GetRequiredService<ODataEndpoint>();
        // What the library's ValidateRequest checks, answered here as an OData error instead of its plain text.
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            || !((type.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase) && !StringSegment.IsNullOrEmpty(type.Boundary))
                 || type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)))
        {
            await endpoint.RefuseAsync(context, StatusCodes.Status400BadRequest, "BadRequest",
                "A $batch request is multipart/mixed (with a boundary) or application/json.", "Content-Type").ConfigureAwait(false);
            return;
        }

        try
        {
            await base.ProcessBatchAsync(context, nextHandler).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted
            && e is ODataException or JsonException or FormatException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            // Every part is read before any is answered, so an unreadable batch fails before the response starts.
            await endpoint.RefuseAsync(
                context, StatusCodes.Status400BadRequest, "BadRequest", "The $batch request could not be read: " + e.Message,
                "$batch").ConfigureAwait(false);
        }
    }
}
