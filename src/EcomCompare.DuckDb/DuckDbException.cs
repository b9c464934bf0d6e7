using System.Data.Common;

namespace EcomCompare.DuckDb;

/// <summary>
/// An error reported by DuckDB. <see cref="Exception.Message"/> is DuckDB's message verbatim (for example
/// <c>Parser Error: syntax error at or near "SELEC"</c>), except for timeouts and cancellations, whose message
/// says so and ends with DuckDB's own message.
/// </summary>
public sealed class DuckDbException : DbException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public DuckDbException()
        : this("A DuckDB error occurred.")
    {
    }

    /// <summary>Creates an exception with the given message and <see cref="DuckDbErrorType.Invalid"/>.</summary>
    public DuckDbException(string message)
        : this(message, DuckDbErrorType.Invalid)
    {
    }

    /// <summary>Creates an exception with the given message and inner exception.</summary>
    public DuckDbException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorType = (innerException as DuckDbException)?.ErrorType ?? DuckDbErrorType.Invalid;
    }

    /// <summary>Creates an exception with the given message and error type.</summary>
    public DuckDbException(string message, DuckDbErrorType errorType)
        : base(message)
    {
        ErrorType = errorType;
    }

    internal DuckDbException(string message, DuckDbErrorType errorType, bool isTimeout, Exception? innerException)
        : base(message, innerException)
    {
        ErrorType = errorType;
        IsTimeout = isTimeout;
    }

    /// <summary>The kind of error, from <c>duckdb_result_error_type</c> or DuckDB's message prefix.</summary>
    public DuckDbErrorType ErrorType { get; }

    /// <summary>True when the query was interrupted: by a command timeout, <c>Cancel()</c> or a cancellation token.</summary>
    public bool IsInterrupted => ErrorType == DuckDbErrorType.Interrupt;

    /// <summary>True when the query was interrupted because its <c>CommandTimeout</c> elapsed.</summary>
    public bool IsTimeout { get; }
}
