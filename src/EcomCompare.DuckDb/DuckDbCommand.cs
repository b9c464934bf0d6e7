using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using EcomCompare.DuckDb.Internal;
using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb;

/// <summary>
/// A SQL command. <see cref="CommandText"/> may use positional (<c>?</c>, <c>$1</c>) or named (<c>$name</c>)
/// placeholders, bound from <see cref="Parameters"/> through a prepared statement. A text with several statements
/// (a DDL script) runs them all in order; <see cref="ExecuteReader()"/> then returns the LAST statement's rows.
/// </summary>
/// <remarks>
/// <see cref="CommandTimeout"/> (seconds, 0 = none) covers the whole execution including reading: when it elapses
/// the query is interrupted through <c>duckdb_interrupt</c> and a <see cref="DuckDbException"/> with
/// <see cref="DuckDbException.IsTimeout"/> is thrown. <see cref="Cancel"/> (from another thread) interrupts
/// likewise; cancelling the token of an async method throws <see cref="OperationCanceledException"/>. The async
/// methods run synchronously (DuckDB is in-process), observing their token. Not thread-safe (see <see cref="DuckDbConnection"/>).
/// </remarks>
public sealed class DuckDbCommand : DbCommand
{
    private string _commandText = string.Empty;
    private int? _commandTimeout;
    private DuckDbConnection? _connection;
    private PreparedStatementHandle? _prepared;
    private bool _disposed;

    /// <summary>Creates a command with no text and no connection.</summary>
    public DuckDbCommand()
    {
    }

    /// <summary>Creates a command with the given text.</summary>
    public DuckDbCommand(string? commandText, DuckDbConnection? connection = null)
    {
        _commandText = commandText ?? string.Empty;
        _connection = connection;
    }

    /// <inheritdoc />
    [AllowNull]
    public override string CommandText
    {
        get => _commandText;
        set
        {
            var text = value ?? string.Empty;
            if (text != _commandText)
            {
                ReleasePrepared();
            }

            _commandText = text;
        }
    }

    /// <summary>Seconds before the command is interrupted (0 = no limit). Defaults to the connection's <see cref="DuckDbConnection.DefaultCommandTimeout"/> (30).</summary>
    public override int CommandTimeout
    {
        get => _commandTimeout ?? _connection?.DefaultCommandTimeout ?? DuckDbConnectionStringBuilder.DefaultCommandTimeout;
        set => _commandTimeout = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "CommandTimeout must be 0 (no limit) or positive.");
    }

    /// <summary>Only <see cref="System.Data.CommandType.Text"/> is supported.</summary>
    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new NotSupportedException("DuckDB commands only support CommandType.Text.");
            }
        }
    }

    /// <summary>The connection the command runs on.</summary>
    public new DuckDbConnection? Connection
    {
        get => _connection;
        set
        {
            if (!ReferenceEquals(value, _connection))
            {
                ReleasePrepared();
            }

            _connection = value;
        }
    }

    /// <summary>The command's parameters.</summary>
    public new DuckDbParameterCollection Parameters { get; } = new();

    /// <summary>Optional; DuckDB transactions are per connection, so every command on the connection takes part.</summary>
    public new DuckDbTransaction? Transaction { get; set; }

    /// <inheritdoc />
    public override bool DesignTimeVisible { get; set; }

    /// <inheritdoc />
    public override UpdateRowSource UpdatedRowSource { get; set; }

    /// <inheritdoc />
    protected override DbConnection? DbConnection
    {
        get => Connection;
        set => Connection = value as DuckDbConnection
            ?? (value is null ? null : throw new ArgumentException("A DuckDbCommand needs a DuckDbConnection.", nameof(value)));
    }

    /// <inheritdoc />
    protected override DbParameterCollection DbParameterCollection => Parameters;

    /// <inheritdoc />
    protected override DbTransaction? DbTransaction
    {
        get => Transaction;
        set => Transaction = (DuckDbTransaction?)value;
    }

    /// <summary>Interrupts this command if it is running (callable from another thread); it then throws an interrupted <see cref="DuckDbException"/>.</summary>
    public override void Cancel() => _connection?.Cancel(this);

    /// <summary>Creates a parameter (not added to <see cref="Parameters"/>).</summary>
    public new DuckDbParameter CreateParameter() => new();

    /// <summary>Runs the command; returns the rows inserted/updated/deleted (summed over all statements), or -1 if none changed rows.</summary>
    public override int ExecuteNonQuery() => checked((int)ExecuteNonQueryCore(CancellationToken.None));

    /// <summary>Runs the command and returns the first column of the first row, <c>null</c> when there are no rows.</summary>
    public override object? ExecuteScalar() => ExecuteScalarCore(CancellationToken.None);

    /// <summary>Runs the command and streams its rows.</summary>
    public new DuckDbDataReader ExecuteReader() => ExecuteReaderCore(CommandBehavior.Default, CancellationToken.None);

    /// <summary>Runs the command and streams its rows (<see cref="CommandBehavior.CloseConnection"/> is honoured).</summary>
    public new DuckDbDataReader ExecuteReader(CommandBehavior behavior) => ExecuteReaderCore(behavior, CancellationToken.None);

    /// <inheritdoc />
    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
        RunAsync(() => checked((int)ExecuteNonQueryCore(cancellationToken)), cancellationToken);

    /// <inheritdoc />
    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) =>
        RunAsync(() => ExecuteScalarCore(cancellationToken), cancellationToken);

    /// <summary>Runs the command and streams its rows; the token interrupts the query while it runs or is read.</summary>
    public new Task<DuckDbDataReader> ExecuteReaderAsync(CancellationToken cancellationToken = default) =>
        RunAsync(() => ExecuteReaderCore(CommandBehavior.Default, cancellationToken), cancellationToken);

    /// <summary>
    /// Prepares a single-statement command once, so later executions only bind and run. Multi-statement texts are
    /// not prepared (each statement is prepared when it runs).
    /// </summary>
    public override void Prepare()
    {
        var connection = CheckConnection();
        if (_prepared is { IsClosed: false })
        {
            return;
        }

        using var batch = StatementBatch.Parse(connection.Handle, _commandText);
        if (batch.Count == 1)
        {
            _prepared = batch.Prepare(0);
            connection.TrackPrepared(_prepared);
        }
    }

    /// <inheritdoc />
    protected override DbParameter CreateDbParameter() => CreateParameter();

    /// <inheritdoc />
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => ExecuteReaderCore(behavior, CancellationToken.None);

    /// <inheritdoc />
    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        RunAsync<DbDataReader>(() => ExecuteReaderCore(behavior, cancellationToken), cancellationToken);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            ReleasePrepared();
            _disposed = true;
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Runs synchronously (DuckDB is in-process) inside an async method, so a cancellation surfaces as a cancelled
    /// task that rethrows the original <see cref="OperationCanceledException"/> (with the DuckDB error inside).
    /// </summary>
    private static async Task<T> RunAsync<T>(Func<T> run, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Task.CompletedTask.ConfigureAwait(false);
        return run();
    }

    private long ExecuteNonQueryCore(CancellationToken cancellationToken)
    {
        var connection = CheckConnection();
        using var scope = connection.BeginExecution(this, CommandTimeout, cancellationToken);
        try
        {
            long rowsChanged = -1;
            var statement = AcquireStatement(connection, scope, ref rowsChanged, out var owned);
            if (statement is null)
            {
                return rowsChanged;
            }

            try
            {
                if (NativeMethods.duckdb_prepared_statement_type(statement) == DuckDbStatementType.Select)
                {
                    // Run a SELECT to completion (errors surface) without materializing it.
                    using var streamed = NativeExecution.ExecuteStreaming(statement);
                    NativeExecution.Drain(streamed);
                }
                else
                {
                    using var result = NativeExecution.ExecuteMaterialized(statement);
                    rowsChanged = Add(rowsChanged, NativeExecution.RowsChanged(result));
                }

                scope.ThrowIfInterrupted();
                return rowsChanged;
            }
            finally
            {
                if (owned)
                {
                    statement.Dispose();
                }
            }
        }
        catch (DuckDbException error)
        {
            throw scope.Translate(error);
        }
    }

    private object? ExecuteScalarCore(CancellationToken cancellationToken)
    {
        using var reader = ExecuteReaderCore(CommandBehavior.Default, cancellationToken);
        return reader.FieldCount > 0 && reader.Read() ? reader.GetValue(0) : null;
    }

    private DuckDbDataReader ExecuteReaderCore(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        var connection = CheckConnection();
        var scope = connection.BeginExecution(this, CommandTimeout, cancellationToken);
        PreparedStatementHandle? statement = null;
        var owned = false;
        ResultHandle? result = null;
        try
        {
            long rowsChanged = -1;
            statement = AcquireStatement(connection, scope, ref rowsChanged, out owned);
            if (statement is not null)
            {
                result = NativeExecution.ExecuteStreaming(statement);
                scope.ThrowIfInterrupted();
            }

            return new DuckDbDataReader(connection, behavior, result, owned ? statement : null, scope, rowsChanged);
        }
        catch (Exception exception)
        {
            result?.Dispose();
            if (owned)
            {
                statement?.Dispose();
            }

            scope.Dispose();
            if (exception is DuckDbException error)
            {
                throw scope.Translate(error);
            }

            throw;
        }
    }

    /// <summary>
    /// Returns the statement to run last, prepared and bound: the cached one from <see cref="Prepare"/>, or the last
    /// statement of the text after running all the others (materialized; their changed rows are added up).
    /// Null when the text holds no statement (empty or only comments).
    /// </summary>
    private PreparedStatementHandle? AcquireStatement(DuckDbConnection connection, ExecutionScope scope, ref long rowsChanged, out bool owned)
    {
        var handle = connection.Handle;
        if (_prepared is { IsClosed: false })
        {
            owned = false;
            ParameterBinder.Bind(_prepared, Parameters, rejectUnused: true);
            return _prepared;
        }

        owned = true;
        using var batch = StatementBatch.Parse(handle, _commandText);
        scope.ThrowIfInterrupted();
        for (var i = 0; i < batch.Count - 1; i++)
        {
            using var leading = batch.Prepare(i);
            ParameterBinder.Bind(leading, Parameters, rejectUnused: false);
            using var result = NativeExecution.ExecuteMaterialized(leading);
            rowsChanged = Add(rowsChanged, NativeExecution.RowsChanged(result));
            scope.ThrowIfInterrupted();
        }

        if (batch.Count == 0)
        {
            return null;
        }

        var last = batch.Prepare(batch.Count - 1);
        try
        {
            ParameterBinder.Bind(last, Parameters, rejectUnused: batch.Count == 1);
            scope.ThrowIfInterrupted();
            return last;
        }
        catch
        {
            last.Dispose();
            throw;
        }
    }

    private static long Add(long total, long rows) => rows < 0 ? total : Math.Max(total, 0) + rows;

    private DuckDbConnection CheckConnection()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = _connection ?? throw new InvalidOperationException("The command has no Connection.");
        _ = connection.Handle; // throws ObjectDisposedException / "not open"
        connection.ThrowIfReaderOpen();
        if (Transaction is { } transaction && !ReferenceEquals(transaction.Connection, connection))
        {
            throw new InvalidOperationException("The command's Transaction is completed or belongs to another connection.");
        }

        return connection;
    }

    private void ReleasePrepared()
    {
        if (_prepared is null)
        {
            return;
        }

        _connection?.UntrackPrepared(_prepared);
        _prepared.Dispose();
        _prepared = null;
    }
}
