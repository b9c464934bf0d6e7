using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using EcomCompare.DuckDb.Internal;
using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;

namespace EcomCompare.DuckDb;

/// <summary>
/// A connection to a DuckDB database (a <c>duckdb_connection</c>).
/// </summary>
/// <remarks>
/// <para>
/// Obtain one from <see cref="DuckDbDatabase.Connect"/>, or the plain ADO.NET way with a connection string
/// (see <see cref="DuckDbConnectionStringBuilder"/>): connections with the same <c>Data Source</c> file share one
/// database process-wide (reference counted; the file closes with its last connection). <c>:memory:</c> gives each
/// connection its own private database, discarded when the connection closes.
/// </para>
/// <para>
/// <b>Thread safety:</b> a connection, and the commands, readers, transactions and appenders created from it, must
/// be used by one thread at a time. Use one connection per thread, or rent connections from a
/// <see cref="DuckDbConnectionPool"/>. The only members meant to be called from another thread are
/// <see cref="DuckDbCommand.Cancel"/> and cancellation through a <see cref="CancellationToken"/>.
/// </para>
/// <para>
/// One reader may be open per connection at a time (DuckDB streams results, and a new query would invalidate the
/// open one). Closing or disposing the connection closes its open reader, appenders and prepared statements first.
/// </para>
/// <example>
/// <code>
/// using var connection = new DuckDbConnection("Data Source=/data/shop.duckdb;Threads=2;Memory Limit=1GB");
/// connection.Open();
/// using var command = connection.CreateCommand();
/// command.CommandText = "SELECT name, price FROM products WHERE province = $province";
/// command.Parameters.Add("province", "Cần Thơ");
/// using var reader = command.ExecuteReader();
/// while (reader.Read())
/// {
///     string name = reader.GetString(0);
///     decimal price = reader.GetDecimal(1); // DECIMAL(18,3) read exactly
/// }
/// </code>
/// </example>
/// </remarks>
public sealed class DuckDbConnection : DbConnection
{
    private readonly DuckDbDatabase? _boundDatabase;
    private readonly List<DuckDbAppender> _appenders = [];
    private readonly HashSet<PreparedStatementHandle> _preparedStatements = [];
    private readonly object _executionGate = new();
    private string _connectionString = string.Empty;
    private DuckDbDatabase? _database;
    private DatabaseLease? _lease;
    private ConnectionHandle? _handle;
    private DuckDbDataReader? _openReader;
    private ExecutionScope? _execution;
    private bool _disposed;

    /// <summary>Creates a closed connection without a connection string (in-memory when opened).</summary>
    public DuckDbConnection()
    {
    }

    /// <summary>Creates a closed connection; see <see cref="DuckDbConnectionStringBuilder"/> for the keys.</summary>
    public DuckDbConnection(string? connectionString) => ConnectionString = connectionString;

    internal DuckDbConnection(DuckDbDatabase database)
    {
        _boundDatabase = database;
        _connectionString = "Data Source=" + database.DataSource;
    }

    /// <summary>
    /// The connection string. Cannot be changed while open, nor on a connection from <see cref="DuckDbDatabase.Connect"/>.
    /// </summary>
    [AllowNull]
    public override string ConnectionString
    {
        get => _connectionString;
        set
        {
            if (_boundDatabase is not null)
            {
                throw new InvalidOperationException("This connection belongs to a DuckDbDatabase; its connection string cannot be changed.");
            }

            if (_handle is not null)
            {
                throw new InvalidOperationException("The connection string cannot be changed while the connection is open.");
            }

            var text = value ?? string.Empty;
            DefaultCommandTimeout = new DuckDbConnectionStringBuilder(text).CommandTimeout;
            _connectionString = text;
        }
    }

    /// <summary>The catalog name DuckDB gives the database: <c>memory</c>, or the file name without extension.</summary>
    public override string Database
    {
        get
        {
            var source = DataSource;
            return source.Length == 0 || source == DuckDbDatabaseOptions.InMemoryPath
                ? "memory"
                : Path.GetFileNameWithoutExtension(source);
        }
    }

    /// <summary>The database file path, or <c>:memory:</c>.</summary>
    public override string DataSource =>
        _database?.DataSource ?? _boundDatabase?.DataSource ?? new DuckDbConnectionStringBuilder(_connectionString).DataSource;

    /// <summary>The DuckDB library version, e.g. <c>v1.5.6</c>.</summary>
    public override string ServerVersion => DuckDbDatabase.LibraryVersion;

    /// <inheritdoc />
    public override ConnectionState State => _handle is null ? ConnectionState.Closed : ConnectionState.Open;

    /// <summary>The <see cref="DuckDbCommand.CommandTimeout"/> of new commands, in seconds (0 = none; default 30).</summary>
    public int DefaultCommandTimeout { get; set; } = DuckDbConnectionStringBuilder.DefaultCommandTimeout;

    /// <summary>The transaction begun with <see cref="BeginTransaction(IsolationLevel)"/> that is still pending, if any.</summary>
    internal DuckDbTransaction? Transaction { get; set; }

    /// <summary>The database of the open connection (shared through the registry for connection strings).</summary>
    internal DuckDbDatabase? CurrentDatabase => _database;

    /// <summary>The native connection; throws when closed or disposed.</summary>
    internal ConnectionHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _handle ?? throw new InvalidOperationException("The connection is not open.");
        }
    }

    /// <inheritdoc />
    protected override DbProviderFactory DbProviderFactory => DuckDbProviderFactory.Instance;

    /// <summary>Opens the connection.</summary>
    /// <exception cref="DuckDbException">DuckDB could not open the database (bad path, invalid option…).</exception>
    public override void Open()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_handle is not null)
        {
            throw new InvalidOperationException("The connection is already open.");
        }

        if (_boundDatabase is not null)
        {
            _handle = _boundDatabase.OpenConnectionHandle();
            _database = _boundDatabase;
        }
        else
        {
            var builder = new DuckDbConnectionStringBuilder(_connectionString);
            var lease = DatabaseRegistry.Acquire(builder.ToDatabaseOptions());
            try
            {
                _handle = lease.Database.OpenConnectionHandle();
            }
            catch
            {
                lease.Dispose();
                throw;
            }

            _lease = lease;
            _database = lease.Database;
        }

        OnStateChange(new StateChangeEventArgs(ConnectionState.Closed, ConnectionState.Open));
    }

    /// <summary>Closes the connection (and its open reader, appenders and prepared statements). Idempotent.</summary>
    public override void Close()
    {
        if (_handle is null)
        {
            return;
        }

        _openReader?.Close();
        foreach (var appender in _appenders.ToArray())
        {
            appender.Abandon();
        }

        foreach (var statement in _preparedStatements)
        {
            statement.Dispose();
        }

        _preparedStatements.Clear();
        Transaction?.OnConnectionClosed();
        Transaction = null;
        _handle.Dispose(); // DuckDB rolls back a pending transaction on disconnect
        _handle = null;
        _database?.OnConnectionClosed();
        _database = null;
        _lease?.Dispose();
        _lease = null;
        OnStateChange(new StateChangeEventArgs(ConnectionState.Open, ConnectionState.Closed));
    }

    /// <summary>Not supported: a DuckDB connection has one database (use ATTACH and qualified names instead).</summary>
    public override void ChangeDatabase(string databaseName) =>
        throw new NotSupportedException("DuckDB connections cannot change database; use ATTACH and qualified names.");

    /// <summary>Creates a command bound to this connection.</summary>
    public new DuckDbCommand CreateCommand()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new DuckDbCommand { Connection = this };
    }

    /// <summary>Begins a transaction (DuckDB provides snapshot isolation).</summary>
    public new DuckDbTransaction BeginTransaction() => (DuckDbTransaction)BeginDbTransaction(IsolationLevel.Unspecified);

    /// <summary>Begins a transaction; only Unspecified and Snapshot are accepted (DuckDB provides snapshot isolation).</summary>
    public new DuckDbTransaction BeginTransaction(IsolationLevel isolationLevel) => (DuckDbTransaction)BeginDbTransaction(isolationLevel);

    /// <summary>Creates an appender for bulk-loading <paramref name="table"/> in the default schema.</summary>
    public DuckDbAppender CreateAppender(string table) => CreateAppender(null, table);

    /// <summary>Creates an appender for bulk-loading <paramref name="schema"/>.<paramref name="table"/>.</summary>
    /// <exception cref="DuckDbException">The table does not exist.</exception>
    public DuckDbAppender CreateAppender(string? schema, string table)
    {
        ArgumentException.ThrowIfNullOrEmpty(table);
        var handle = Handle;
        ThrowIfReaderOpen();
        var appender = new DuckDbAppender(this, handle, schema, table);
        _appenders.Add(appender);
        return appender;
    }

    /// <summary>
    /// For benchmarks: runs <paramref name="sql"/> with a streaming result and walks its raw chunks (vector data and
    /// validity pointers of every column) without converting a single value. Returns the row count.
    /// </summary>
    internal unsafe long DrainChunks(string sql)
    {
        var handle = Handle;
        ThrowIfReaderOpen();
        using var scope = BeginExecution(null, 0, CancellationToken.None);
        using var batch = StatementBatch.Parse(handle, sql);
        using var statement = batch.Prepare(batch.Count - 1);
        using var result = NativeExecution.ExecuteStreaming(statement);
        var columns = (ulong)NativeMethods.duckdb_column_count(result);
        long rows = 0;
        nint touched = 0;
        for (var pointer = result.FetchChunk(); pointer != IntPtr.Zero; pointer = result.FetchChunk())
        {
            using var chunk = new DataChunkHandle(result);
            chunk.Attach(pointer);
            for (ulong column = 0; column < columns; column++)
            {
                var vector = NativeMethods.duckdb_data_chunk_get_vector(chunk, column);
                touched ^= (nint)NativeMethods.duckdb_vector_get_data(vector) ^ (nint)NativeMethods.duckdb_vector_get_validity(vector);
            }

            rows += (long)NativeMethods.duckdb_data_chunk_get_size(chunk);
        }

        NativeExecution.ThrowIfFailed(result);
        GC.KeepAlive(touched);
        return rows;
    }

    /// <summary>Runs SQL with no parameters and no result (transaction control), without a timeout.</summary>
    internal void ExecuteControl(string sql)
    {
        var handle = Handle;
        ThrowIfReaderOpen();
        using var scope = BeginExecution(null, 0, CancellationToken.None);
        using var batch = StatementBatch.Parse(handle, sql);
        for (var i = 0; i < batch.Count; i++)
        {
            using var statement = batch.Prepare(i);
            using var result = NativeExecution.ExecuteMaterialized(statement);
        }
    }

    internal ExecutionScope BeginExecution(DuckDbCommand? owner, int timeoutSeconds, CancellationToken token)
    {
        var handle = Handle;
        lock (_executionGate)
        {
            if (_execution is not null)
            {
                throw new InvalidOperationException("Another command is already running on this connection; a connection is used by one thread at a time.");
            }

            _execution = new ExecutionScope(handle, owner, timeoutSeconds, token, EndExecution);
            return _execution;
        }
    }

    /// <summary><see cref="DuckDbCommand.Cancel"/>: interrupts the command if it is the one running here. Thread-safe.</summary>
    internal void Cancel(DuckDbCommand command)
    {
        lock (_executionGate)
        {
            if (_execution is { } execution && ReferenceEquals(execution.Owner, command))
            {
                execution.Interrupt(ExecutionScope.InterruptCause.Cancel);
            }
        }
    }

    internal void ThrowIfReaderOpen()
    {
        if (_openReader is not null)
        {
            throw new InvalidOperationException("This connection already has an open DuckDbDataReader; close it first (one open reader per connection).");
        }
    }

    internal void OnReaderOpened(DuckDbDataReader reader) => _openReader = reader;

    internal void OnReaderClosed(DuckDbDataReader reader)
    {
        if (ReferenceEquals(_openReader, reader))
        {
            _openReader = null;
        }
    }

    internal void OnAppenderClosed(DuckDbAppender appender) => _appenders.Remove(appender);

    /// <summary>Prepared statements cached by commands; destroyed when the connection closes.</summary>
    internal void TrackPrepared(PreparedStatementHandle statement) => _preparedStatements.Add(statement);

    internal void UntrackPrepared(PreparedStatementHandle statement) => _preparedStatements.Remove(statement);

    /// <summary>Returns a pooled connection to a clean state: no open reader, appender or pending transaction.</summary>
    internal void ResetForPool()
    {
        _openReader?.Close();
        foreach (var appender in _appenders.ToArray())
        {
            appender.Abandon();
        }

        Transaction?.Dispose();
    }

    /// <inheritdoc />
    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel)
    {
        if (isolationLevel is not (IsolationLevel.Unspecified or IsolationLevel.Snapshot))
        {
            throw new NotSupportedException($"DuckDB provides snapshot isolation; {isolationLevel} is not supported (use Unspecified or Snapshot).");
        }

        _ = Handle;
        if (Transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already pending on this connection; DuckDB does not nest transactions.");
        }

        ExecuteControl("BEGIN TRANSACTION");
        Transaction = new DuckDbTransaction(this, isolationLevel);
        return Transaction;
    }

    /// <inheritdoc />
    protected override DbCommand CreateDbCommand() => CreateCommand();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            Close();
            _disposed = true;
        }

        base.Dispose(disposing);
    }

    private void EndExecution(ExecutionScope scope)
    {
        lock (_executionGate)
        {
            if (ReferenceEquals(_execution, scope))
            {
                _execution = null;
            }
        }
    }
}
