using System.Globalization;
using EcomCompare.Cube.Store;

namespace EcomCompare.Views.Http;

/// <summary>How a surface answers a failure: status, <c>Retry-After</c>, a short code and a sentence for the reader.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">A short machine-readable code (OData's <c>error.code</c>): <c>Busy</c>, <c>QueryTimeout</c>, …</param>
/// <param name="Message">One sentence saying what happened and what to do, in the service's words.</param>
/// <param name="RetryAfterSeconds">The <c>Retry-After</c> to send, or null.</param>
public sealed record FailureAnswer(int Status, string Code, string Message, int? RetryAfterSeconds = null)
{
    /// <summary>True when the failure is the service's own bug: it is logged, and the client learns nothing more.</summary>
    public bool IsOurFault => Status == 500;
}

/// <summary>
/// The one table from a cube failure kind to its answer, for every surface: OData writes it as an OData error,
/// charts, workbooks and pages as the plain shape (<see cref="PlainFailure"/>).
/// </summary>
public static class CubeFailures
{
    /// <summary>The answer to <paramref name="failure"/>.</summary>
    public static FailureAnswer Answer(CubeQueryException failure)
    {
        var message = failure.Message;
        switch (failure.Failure)
        {
            case CubeQueryFailure.Timeout:
                var limit = failure.TimeLimit?.TotalSeconds.ToString(CultureInfo.InvariantCulture) ?? "?";
                var ran = failure.RanFor?.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) ?? limit;
                return new(504, "QueryTimeout", $"The query ran longer than the {limit} s limit and was stopped after {ran} s.");
            case CubeQueryFailure.ClientMistake:
                // Values the database cannot evaluate (overflow, a failed conversion, a type mismatch): the query's doing.
                return new(400, "BadRequest", "The query cannot be evaluated on the cube's values: " + message + ".");
            case CubeQueryFailure.Unavailable:
                return new(503, "Unavailable", "The cube could not answer just now: " + message + ".");
            case CubeQueryFailure.Busy:
                var seconds = (int)Math.Ceiling((failure.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds);
                var again = seconds.ToString(CultureInfo.InvariantCulture);
                return new(503, "Busy", $"{char.ToUpperInvariant(message[0])}{message[1..]}. Try again in {again} s.", seconds);
            case CubeQueryFailure.NoCube:
                // Never the file's path or the engine's words (those go to the log, IsLogged): a short generic reason.
                return new(503, "CubeUnavailable", NoCubeMessage);
            default:
                // SQL we generated was refused (parser, catalog, permission): our bug, logged, never blamed on the client.
                return Unexpected;
        }
    }

    /// <summary>What a caller learns of a cube that is missing or cannot be opened.</summary>
    public const string NoCubeMessage =
        "The cube cannot be read just now: an operator should look at the server's log and rebuild it (make cube).";

    /// <summary>Whether the failure's own text goes to the log (the answer does not carry it): our faults and a broken cube.</summary>
    public static bool IsLogged(CubeQueryException failure) => failure.Failure is CubeQueryFailure.NoCube or CubeQueryFailure.EngineFault;

    /// <summary>Anything else that went wrong: the service's own fault, logged; the client learns nothing more.</summary>
    public static FailureAnswer Unexpected { get; } = new(500, "InternalError", "The service failed unexpectedly; the error has been logged.");
}
