namespace EcomCompare.Cube.Store;

/// <summary>
/// Why the cube (or the service in front of it) could not answer, in the terms an HTTP surface answers with. The
/// status, Retry-After and message of each kind are decided in one table for every surface (the views'
/// <c>CubeFailures</c>).
/// </summary>
public enum CubeQueryFailure
{
    /// <summary>The query ran past the per-query time limit and was interrupted (504).</summary>
    Timeout,

    /// <summary>The question cannot be evaluated on these values: a failed conversion, an overflow, a type mismatch (400).</summary>
    ClientMistake,

    /// <summary>The engine could not answer just now: out of memory, I/O, interrupted by shutdown (503).</summary>
    Unavailable,

    /// <summary>Too many queries are running and waiting: try again after <see cref="CubeQueryException.RetryAfter"/> (503 + Retry-After).</summary>
    Busy,

    /// <summary>The SQL we generated was refused: a parser, catalog or permission error is our bug, never the client's (500).</summary>
    EngineFault,

    /// <summary>There is no cube to read: no file at the configured path, or one that cannot be opened (503).</summary>
    NoCube,
}

/// <summary>
/// A cube query that failed — or could not start: no cube, no free place — classified once here so that the HTTP
/// surfaces (OData, charts, workbooks, pages) map it to a status without knowing which database answered. The one
/// exception type the cube throws (as <c>DuckDBException</c> with its <c>ErrorType</c>).
/// </summary>
public sealed class CubeQueryException(CubeQueryFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What kind of failure.</summary>
    public CubeQueryFailure Failure { get; } = failure;

    /// <summary>The time limit that was exceeded, for <see cref="CubeQueryFailure.Timeout"/>.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>How long the query had run when it was stopped (from its start to DuckDB's return), for <see
    /// cref="CubeQueryFailure.Timeout"/>.</summary>
    public TimeSpan? RanFor { get; init; }

    /// <summary>When to try again, for <see cref="CubeQueryFailure.Busy"/>.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
