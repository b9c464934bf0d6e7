using System.Globalization;
using EcomCompare.DuckDb;
using Microsoft.AspNetCore.Http;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// The one place that knows the database engine's failures: which exceptions are the engine's (the connection is
/// then not pooled again), and what each becomes for the client — 504 for the time limit, 503 when the engine could
/// not answer just now, 400 for values the query made it evaluate and it cannot.
/// </summary>
internal static class EngineErrors
{
    /// <summary>True when <paramref name="error"/> came from the engine running a query.</summary>
    public static bool IsEngineError(Exception error) => error is DuckDbException;

    /// <summary>The HTTP status, error code and message for an engine failure; false for any other exception.</summary>
    public static bool TryMap(Exception error, TimeSpan queryTimeout, out int status, out string code, out string message)
    {
        switch (error)
        {
            case DuckDbException { IsTimeout: true }:
                (status, code, message) = (StatusCodes.Status504GatewayTimeout, "QueryTimeout",
                    $"The query ran longer than the {queryTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s limit and was stopped. Narrow it with $filter, or aggregate with $apply.");
                return true;
            case DuckDbException e when e.IsInterrupted || e.ErrorType is DuckDbErrorType.OutOfMemory or DuckDbErrorType.IO or DuckDbErrorType.Connection or DuckDbErrorType.Fatal:
                (status, code, message) = (StatusCodes.Status503ServiceUnavailable, "Unavailable", "The cube could not answer just now: " + e.Message);
                return true;
            case DuckDbException e:
                // Values the database cannot evaluate (overflow, a failed conversion, a type mismatch): the query's doing.
                (status, code, message) = (StatusCodes.Status400BadRequest, "BadRequest", "The query cannot be evaluated: " + e.Message);
                return true;
            default:
                (status, code, message) = (0, string.Empty, string.Empty);
                return false;
        }
    }
}
