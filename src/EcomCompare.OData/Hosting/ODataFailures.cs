using System.Globalization;
using EcomCompare.Cube.Sql;
using EcomCompare.Cube.Store;
using EcomCompare.OData.Query;
using EcomCompare.OData.Serialization;
using EcomCompare.Views.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.OData;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// Every failure of an OData request as an OData error, written by the payload writer: the request's own mistakes
/// (400, 404, 405, 406, 414, 501) and the cube's failures as the service's one failure table says
/// (<see cref="CubeFailures"/>: status, <c>Retry-After</c>, code and sentence), with OData's advice added.
/// </summary>
internal sealed partial class ODataFailures(ODataPayloadWriter writer, ILogger<ODataFailures> logger)
{
    /// <summary>The OData error for <paramref name="failure"/>; our own faults are logged.</summary>
    public ODataPayload Answer(Exception failure, HttpContext http)
    {
        switch (failure)
        {
            case ODataServiceException e:
                return writer.Error(e.Status, e.Code, e.Message, e.Target);
            case ODataContentTypeException:
                return writer.Error(StatusCodes.Status406NotAcceptable, "NotAcceptable",
                    "None of the accepted media types can be served: data comes as application/json (odata.metadata=minimal, full or none; " +
                    "$format=json), $metadata as application/xml.", "Accept");
            case ODataException e:
                return writer.Error(StatusCodes.Status400BadRequest, "BadRequest", e.Message, null);
            case SqlRenderException e:
                return writer.Error(
                    StatusCodes.Status400BadRequest, "BadRequest", "The query is too complex or uses an invalid name: " + e.Message, null);
            case CubeQueryException e:
                var answer = CubeFailures.Answer(e);
                if (answer.IsOurFault)
                {
                    LogUnexpected(logger, e, Target(http));
                }
                else if (CubeFailures.IsLogged(e))
                {
                    LogNoCube(logger, e.Message);
                }

                var advice = e.Failure switch
                {
                    CubeQueryFailure.Timeout => " Narrow it with $filter, or aggregate with $apply.",
                    CubeQueryFailure.Unavailable => " Narrow the query with $filter, or try again later.",
                    _ => string.Empty,
                };
                return WithRetryAfter(writer.Error(answer.Status, answer.Code, answer.Message + advice, null), answer.RetryAfterSeconds);
            default:
                LogUnexpected(logger, failure, Target(http));
                return Unexpected();
        }
    }

    /// <summary>The 500 of a failure the service did not expect (logged by the caller).</summary>
    public ODataPayload Unexpected() =>
        writer.Error(CubeFailures.Unexpected.Status, CubeFailures.Unexpected.Code, CubeFailures.Unexpected.Message, null);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "OData request {Target} failed unexpectedly")]
    internal static partial void LogUnexpected(ILogger logger, Exception exception, string target);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "the cube cannot be read: {Detail}")]
    private static partial void LogNoCube(ILogger logger, string detail);

    // Bounded: a target can be 128 KB (Kestrel's request line), and it is logged.
    internal static string Target(HttpContext http)
    {
        var target = http.Request.Path + http.Request.QueryString;
        return target.Length <= 512 ? target : string.Concat(target.AsSpan(0, 512), $"… ({target.Length} characters)");
    }

    private static ODataPayload WithRetryAfter(ODataPayload payload, int? seconds) => seconds is not { } s ? payload : payload with
    {
        Headers = new Dictionary<string, string>(payload.Headers,
            StringComparer.OrdinalIgnoreCase)
        { ["Retry-After"] = s.ToString(CultureInfo.InvariantCulture) },
    };
}
