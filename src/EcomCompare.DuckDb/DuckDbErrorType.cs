namespace EcomCompare.DuckDb;

/// <summary>
/// The kind of a DuckDB error (<c>duckdb_error_type</c>), e.g. <see cref="Parser"/> for a syntax error,
/// <see cref="Catalog"/> for a missing table, <see cref="Interrupt"/> for a cancelled or timed-out query.
/// The numeric values are those of the C API.
/// </summary>
public enum DuckDbErrorType
{
    /// <summary>No specific type (DuckDB's INVALID), also used when the type could not be determined.</summary>
    Invalid = 0,

    /// <summary>A value is out of range.</summary>
    OutOfRange = 1,

    /// <summary>A conversion (cast) failed.</summary>
    Conversion = 2,

    /// <summary>An unknown type was referenced.</summary>
    UnknownType = 3,

    /// <summary>A decimal operation failed.</summary>
    Decimal = 4,

    /// <summary>Types do not match.</summary>
    MismatchType = 5,

    /// <summary>Division by zero.</summary>
    DivideByZero = 6,

    /// <summary>An object is too large.</summary>
    ObjectSize = 7,

    /// <summary>An invalid type was used.</summary>
    InvalidType = 8,

    /// <summary>Serialization failed.</summary>
    Serialization = 9,

    /// <summary>A transaction error, e.g. a write-write conflict or an aborted transaction.</summary>
    Transaction = 10,

    /// <summary>The feature is not implemented.</summary>
    NotImplemented = 11,

    /// <summary>An expression error.</summary>
    Expression = 12,

    /// <summary>A catalog error, e.g. a table or column that does not exist.</summary>
    Catalog = 13,

    /// <summary>The SQL could not be parsed.</summary>
    Parser = 14,

    /// <summary>A planner error.</summary>
    Planner = 15,

    /// <summary>A scheduler error.</summary>
    Scheduler = 16,

    /// <summary>An executor error.</summary>
    Executor = 17,

    /// <summary>A constraint (primary key, NOT NULL, CHECK…) was violated.</summary>
    Constraint = 18,

    /// <summary>An index error.</summary>
    Index = 19,

    /// <summary>A statistics error.</summary>
    Stat = 20,

    /// <summary>A connection error.</summary>
    Connection = 21,

    /// <summary>A syntax error.</summary>
    Syntax = 22,

    /// <summary>A settings error.</summary>
    Settings = 23,

    /// <summary>A binder error, e.g. a column that does not exist or a type mismatch found while binding.</summary>
    Binder = 24,

    /// <summary>A network error.</summary>
    Network = 25,

    /// <summary>An optimizer error.</summary>
    Optimizer = 26,

    /// <summary>A null pointer error.</summary>
    NullPointer = 27,

    /// <summary>An I/O error, e.g. a file that cannot be opened or a database opened read-only.</summary>
    IO = 28,

    /// <summary>The query was interrupted (cancelled, or its command timeout elapsed).</summary>
    Interrupt = 29,

    /// <summary>A fatal error; the database must be reopened.</summary>
    Fatal = 30,

    /// <summary>An internal DuckDB error.</summary>
    Internal = 31,

    /// <summary>Invalid input, e.g. writing to a read-only database or an invalid option value.</summary>
    InvalidInput = 32,

    /// <summary>DuckDB ran out of memory (see the memory limit).</summary>
    OutOfMemory = 33,

    /// <summary>The operation is not permitted, e.g. file access with external access disabled.</summary>
    Permission = 34,

    /// <summary>A parameter's type could not be resolved.</summary>
    ParameterNotResolved = 35,

    /// <summary>A parameter is not allowed here.</summary>
    ParameterNotAllowed = 36,

    /// <summary>A dependency error, e.g. dropping an object that others depend on.</summary>
    Dependency = 37,

    /// <summary>An HTTP error.</summary>
    Http = 38,

    /// <summary>A required extension is missing (extensions are never auto-installed by this provider).</summary>
    MissingExtension = 39,

    /// <summary>Extension autoloading failed.</summary>
    Autoload = 40,

    /// <summary>A sequence error.</summary>
    Sequence = 41,

    /// <summary>The database configuration is invalid.</summary>
    InvalidConfiguration = 42,
}
