using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace EcomCompare.Cube.Store;

/// <summary>
/// Classifies a DuckDB error. DuckDB.NET reports every error raised while preparing a statement (parser, binder,
/// catalog, permission) as <see cref="DuckDBErrorType.Invalid"/>; DuckDB itself names the class at the start of the
/// message (<c>Parser Error: …</c>, <c>Permission Error: …</c>), which is what tells them apart. Execution errors
/// carry their type as well.
/// </summary>
internal static partial class QueryErrors
{
    public static CubeQueryException Classify(DuckDBException error)
    {
        var type = error.ErrorType != DuckDBErrorType.Invalid ? error.ErrorType : TypeNamedIn(error.Message);
        var failure = type switch
        {
            // Values the request brought in cannot be evaluated: its own doing.
            DuckDBErrorType.Conversion or DuckDBErrorType.OutOfRange or DuckDBErrorType.Decimal or DuckDBErrorType.DivideByZero
                or DuckDBErrorType.MismatchType or DuckDBErrorType.InvalidInput or DuckDBErrorType.Binder => CubeQueryFailure.ClientMistake,
            DuckDBErrorType.OutOfMemory or DuckDBErrorType.Io or DuckDBErrorType.Connection or DuckDBErrorType.Fatal or DuckDBErrorType.Interrupt
                => CubeQueryFailure.Unavailable,
            // Parser, Catalog, Permission, Internal, NotImplemented and anything unnamed: SQL we generated was refused.
            _ => CubeQueryFailure.EngineFault,
        };

        // The engine's own text (type names such as INT32, settings advice such as SET memory_limit, catalog
        // names) stays in the inner exception for the log; callers show this sentence.
        return new CubeQueryException(failure, Describe(type), error);
    }

    /// <summary>What went wrong, in the service's words, by the kind of error the engine reported.</summary>
    internal static string Describe(DuckDBErrorType type) => type switch
    {
        DuckDBErrorType.OutOfRange => "a number went out of range — an arithmetic result (e.g. a product of large numbers) is too large for its type",
        DuckDBErrorType.Decimal => "a decimal result has more digits than its type holds",
        DuckDBErrorType.DivideByZero => "a division by zero",
        DuckDBErrorType.Conversion => "a value could not be converted to the type the expression needs (e.g. text that is not a number)",
        DuckDBErrorType.MismatchType or DuckDBErrorType.Binder => "the operands' types do not fit the operator or function",
        DuckDBErrorType.InvalidInput => "an argument is not valid for its function",
        DuckDBErrorType.OutOfMemory => "the query needs more memory than the service allows for all queries at once",
        DuckDBErrorType.Interrupt => "the query was interrupted",
        DuckDBErrorType.Io or DuckDBErrorType.Connection or DuckDBErrorType.Fatal => "the cube could not be read",
        _ => "the database refused the statement",
    };

    /// <summary>The error class DuckDB wrote in front of the message, e.g. <c>Permission Error: …</c>.</summary>
    internal static DuckDBErrorType TypeNamedIn(string message)
    {
        var match = Prefix().Match(message);
        if (!match.Success)
        {
            return DuckDBErrorType.Invalid;
        }

        var name = match.Groups["name"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        return name switch
        {
            "IO" => DuckDBErrorType.Io,
            "OutofRange" => DuckDBErrorType.OutOfRange,
            "OutofMemory" => DuckDBErrorType.OutOfMemory,
            "TypeMismatch" => DuckDBErrorType.MismatchType,
            "Interrupt" or "INTERRUPT" => DuckDBErrorType.Interrupt,
            _ => Enum.TryParse<DuckDBErrorType>(name, ignoreCase: true, out var type) ? type : DuckDBErrorType.Invalid,
        };
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z ]{0,40}?) Error:", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
