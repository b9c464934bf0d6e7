using System.Globalization;
using System.Text;
using EcomCompare.Cube.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EcomCompare.Views.Http;

/// <summary>
/// The plain shape every surface but OData answers a failure with — the status, <c>Retry-After</c> where there is
/// one, and the sentence as <c>text/plain</c> — written here only. As the application's exception handler it answers
/// a <see cref="CubeQueryException"/> that an endpoint (a chart, a workbook, a page) let through; OData answers its
/// own, as OData errors.
/// </summary>
public sealed partial class PlainFailure(ILogger<PlainFailure> logger) : IExceptionHandler
{
    /// <summary>A plain answer: <c>text/plain</c>, the sentence and a line break.</summary>
    public static IResult Result(FailureAnswer answer) => new PlainResult(answer);

    /// <summary>A 400 with a sentence saying what is wrong with the request.</summary>
    public static IResult BadRequest(string message) => Result(new FailureAnswer(StatusCodes.Status400BadRequest, "BadRequest", message));

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CubeQueryException failure || http.Request.Path.StartsWithSegments(Routes.OData, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (http.RequestAborted.IsCancellationRequested)
        {
            return true; // the client has gone: nobody to answer
        }

        var answer = CubeFailures.Answer(failure);
        if (answer.IsOurFault)
        {
            LogUnexpected(logger, failure, http.Request.Path);
        }
        else if (CubeFailures.IsLogged(failure))
        {
            LogNoCube(logger, failure.Message);
        }

        await Result(answer).ExecuteAsync(http).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "{Path} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "the cube cannot be read: {Detail}")]
    private static partial void LogNoCube(ILogger logger, string detail);

    private sealed class PlainResult(FailureAnswer answer) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = answer.Status;
            if (answer.RetryAfterSeconds is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return Results.Text(answer.Message + "\n", "text/plain; charset=utf-8", Encoding.UTF8, answer.Status).ExecuteAsync(http);
        }
    }
}
