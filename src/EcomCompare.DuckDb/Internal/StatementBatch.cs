using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;

namespace EcomCompare.DuckDb.Internal;

/// <summary>
/// The statements of one command text, split by <c>duckdb_extract_statements</c> (parsed once). Statements are
/// prepared one at a time, right before they run, because a later statement may depend on an earlier one
/// (e.g. a DDL script that creates a table and then inserts into it).
/// </summary>
internal sealed class StatementBatch : IDisposable
{
    private readonly ConnectionHandle _connection;
    private readonly ExtractedStatementsHandle _statements;

    private StatementBatch(ConnectionHandle connection, ExtractedStatementsHandle statements, int count)
    {
        _connection = connection;
        _statements = statements;
        Count = count;
    }

    public int Count { get; }

    public static StatementBatch Parse(ConnectionHandle connection, string sql)
    {
        var statements = new ExtractedStatementsHandle(connection);
        var pointer = IntPtr.Zero;
        var count = NativeMethods.duckdb_extract_statements(connection, sql, ref pointer);
        statements.Attach(pointer);
        if (count == 0)
        {
            var message = statements.IsInvalid ? null : NativeString.Borrowed(NativeMethods.duckdb_extract_statements_error(statements));
            if (message is not null)
            {
                statements.Dispose();
                throw ErrorFactory.FromMessage(message, "DuckDB could not parse the command text.");
            }
        }

        return new StatementBatch(connection, statements, checked((int)count));
    }

    public PreparedStatementHandle Prepare(int index) => NativeExecution.Prepare(_connection, _statements, index);

    public void Dispose() => _statements.Dispose();
}
