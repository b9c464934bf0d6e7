using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;

namespace EcomCompare.DuckDb.Internal;

/// <summary>
/// Builds <see cref="DuckDbException"/>s from the C API's three error channels: results (message + type),
/// error data (message + type), and the message-only channels (prepare, extract, pending, open), whose type is
/// recovered from DuckDB's "&lt;Type&gt; Error: " message prefix.
/// </summary>
internal static class ErrorFactory
{
    // Exception::ExceptionTypeToString names (src/common/exception.cpp), as they appear before " Error: ".
    private static readonly Dictionary<string, DuckDbErrorType> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Invalid"] = DuckDbErrorType.Invalid,
        ["Out of Range"] = DuckDbErrorType.OutOfRange,
        ["Conversion"] = DuckDbErrorType.Conversion,
        ["Unknown Type"] = DuckDbErrorType.UnknownType,
        ["Decimal"] = DuckDbErrorType.Decimal,
        ["Mismatch Type"] = DuckDbErrorType.MismatchType,
        ["Divide by Zero"] = DuckDbErrorType.DivideByZero,
        ["Object Size"] = DuckDbErrorType.ObjectSize,
        ["Invalid type"] = DuckDbErrorType.InvalidType,
        ["Serialization"] = DuckDbErrorType.Serialization,
        ["TransactionContext"] = DuckDbErrorType.Transaction,
        ["Not implemented"] = DuckDbErrorType.NotImplemented,
        ["Expression"] = DuckDbErrorType.Expression,
        ["Catalog"] = DuckDbErrorType.Catalog,
        ["Parser"] = DuckDbErrorType.Parser,
        ["Binder"] = DuckDbErrorType.Binder,
        ["Planner"] = DuckDbErrorType.Planner,
        ["Scheduler"] = DuckDbErrorType.Scheduler,
        ["Executor"] = DuckDbErrorType.Executor,
        ["Constraint"] = DuckDbErrorType.Constraint,
        ["Index"] = DuckDbErrorType.Index,
        ["Stat"] = DuckDbErrorType.Stat,
        ["Connection"] = DuckDbErrorType.Connection,
        ["Syntax"] = DuckDbErrorType.Syntax,
        ["Settings"] = DuckDbErrorType.Settings,
        ["Optimizer"] = DuckDbErrorType.Optimizer,
        ["NullPointer"] = DuckDbErrorType.NullPointer,
        ["IO"] = DuckDbErrorType.IO,
        ["INTERRUPT"] = DuckDbErrorType.Interrupt,
        ["FATAL"] = DuckDbErrorType.Fatal,
        ["INTERNAL"] = DuckDbErrorType.Internal,
        ["Invalid Input"] = DuckDbErrorType.InvalidInput,
        ["Out of Memory"] = DuckDbErrorType.OutOfMemory,
        ["Permission"] = DuckDbErrorType.Permission,
        ["Parameter Not Resolved"] = DuckDbErrorType.ParameterNotResolved,
        ["Parameter Not Allowed"] = DuckDbErrorType.ParameterNotAllowed,
        ["Dependency"] = DuckDbErrorType.Dependency,
        ["Missing Extension"] = DuckDbErrorType.MissingExtension,
        ["HTTP"] = DuckDbErrorType.Http,
        ["Extension Autoloading"] = DuckDbErrorType.Autoload,
        ["Sequence"] = DuckDbErrorType.Sequence,
        ["Invalid Configuration"] = DuckDbErrorType.InvalidConfiguration,
    };

    /// <summary>Recovers the error type from a message such as "Parser Error: syntax error at or near …".</summary>
    public static DuckDbErrorType Classify(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return DuckDbErrorType.Invalid;
        }

        var end = message.IndexOf(" Error:", StringComparison.Ordinal);
        return end > 0 && Prefixes.TryGetValue(message[..end], out var type) ? type : DuckDbErrorType.Invalid;
    }

    public static DuckDbException FromMessage(string? message, string fallback) =>
        new(message ?? fallback, Classify(message));

    public static DuckDbException FromResult(ResultHandle result, string fallback)
    {
        var message = NativeString.Borrowed(NativeMethods.duckdb_result_error(result));
        var type = NativeMethods.duckdb_result_error_type(result);
        return new DuckDbException(message ?? fallback, type == DuckDbErrorType.Invalid ? Classify(message) : type);
    }

    /// <summary>Reads and destroys error data returned by the C API.</summary>
    public static DuckDbException FromErrorData(IntPtr errorData, string fallback)
    {
        using var handle = new ErrorDataHandle();
        handle.Attach(errorData);
        if (handle.IsInvalid || !NativeMethods.duckdb_error_data_has_error(handle))
        {
            return new DuckDbException(fallback, DuckDbErrorType.Invalid);
        }

        var message = NativeString.Borrowed(NativeMethods.duckdb_error_data_message(handle));
        return new DuckDbException(message ?? fallback, NativeMethods.duckdb_error_data_error_type(handle));
    }
}
