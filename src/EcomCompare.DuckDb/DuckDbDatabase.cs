using EcomCompare.DuckDb.Internal;
using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb;

/// <summary>
/// One open DuckDB database (a <c>duckdb_database</c>): a file, or a private in-memory database.
/// </summary>
/// <remarks>
/// <para>
/// <b>Thread safety:</b> a database is thread-safe: any thread may call <see cref="Connect"/> at any time. Each
/// <see cref="DuckDbConnection"/> it returns must be used by one thread at a time (one connection per thread, or
/// rent them from a <see cref="DuckDbConnectionPool"/>).
/// </para>
/// <para>
/// <b>Lifetime:</b> <see cref="Dispose"/> stops new connections at once; the native database is closed when the
/// last of its connections is closed (reference counted), so in-flight queries finish normally.
/// </para>
/// <para>
/// This API always opens a fresh database: it does not share with the process-wide registry used by
/// <c>new DuckDbConnection("Data Source=…")</c>. Do not open the same file through both at the same time.
/// </para>
/// <example>
/// <code>
/// using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions
/// {
///     Path = "/data/cube.duckdb",
///     AccessMode = DuckDbAccessMode.ReadOnly,
///     Threads = 4,
///     MemoryLimit = "2GB",
///     EnableExternalAccess = false,
///     LockConfiguration = true,
/// });
/// using var connection = database.Connect();
/// using var command = connection.CreateCommand();
/// command.CommandText = "SELECT province, SUM(amount) FROM sales WHERE year = $year GROUP BY province";
/// command.Parameters.Add("year", 2024);
/// using var reader = command.ExecuteReader();
/// while (reader.Read())
/// {
///     Console.WriteLine($"{reader.GetString(0)}: {reader.GetDecimal(1)}");
/// }
/// </code>
/// </example>
/// </remarks>
public sealed class DuckDbDatabase : IDisposable
{
    private static string? s_libraryVersion;
    private readonly object _gate = new();
    private readonly DatabaseHandle _handle;
    private readonly DuckDbDatabaseOptions _options;
    private int _openConnections;
    private bool _disposed;

    private DuckDbDatabase(DatabaseHandle handle, DuckDbDatabaseOptions options)
    {
        _handle = handle;
        _options = options;
    }

    /// <summary>The DuckDB library version, e.g. <c>v1.5.6</c> (loads the native library on first use).</summary>
    public static string LibraryVersion =>
        s_libraryVersion ??= NativeString.Borrowed(NativeMethods.duckdb_library_version()) ?? "unknown";

    /// <summary>The database file's full path, or <c>:memory:</c>.</summary>
    public string DataSource => _options.IsInMemory ? DuckDbDatabaseOptions.InMemoryPath : _options.Path!;

    /// <summary>A copy of the options the database was opened with.</summary>
    public DuckDbDatabaseOptions Options => _options.Clone();

    /// <summary>Connections currently open on this database.</summary>
    public int OpenConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _openConnections;
            }
        }
    }

    /// <summary>True once <see cref="Dispose"/> has been called.</summary>
    public bool IsDisposed
    {
        get
        {
            lock (_gate)
            {
                return _disposed;
            }
        }
    }

    /// <summary>Opens (or creates) the database file at <paramref name="path"/>, or an in-memory database for null/<c>:memory:</c>.</summary>
    public static DuckDbDatabase Open(string? path) => Open(new DuckDbDatabaseOptions { Path = path });

    /// <summary>Opens a database with the given options (in-memory when <paramref name="options"/> is null).</summary>
    /// <exception cref="DuckDbException">DuckDB refused an option or could not open the file.</exception>
    public static DuckDbDatabase Open(DuckDbDatabaseOptions? options = null)
    {
        var copy = options?.Clone() ?? new DuckDbDatabaseOptions();
        if (!copy.IsInMemory)
        {
            copy.Path = System.IO.Path.GetFullPath(copy.Path!);
        }

        using var config = new ConfigHandle();
        var pointer = IntPtr.Zero;
        var created = NativeMethods.duckdb_create_config(ref pointer);
        config.Attach(pointer);
        if (created != DuckDbState.Success)
        {
            throw new DuckDbException("DuckDB could not create a configuration object.", DuckDbErrorType.OutOfMemory);
        }

        foreach (var (name, value) in copy.ToConfig())
        {
            if (NativeMethods.duckdb_set_config(config, name, value) != DuckDbState.Success)
            {
                throw new DuckDbException($"DuckDB rejected the option {name}='{value}' (unknown option or invalid value).", DuckDbErrorType.InvalidConfiguration);
            }
        }

        var handle = new DatabaseHandle();
        var database = IntPtr.Zero;
        var error = IntPtr.Zero;
        var opened = NativeMethods.duckdb_open_ext(copy.IsInMemory ? null : copy.Path, ref database, config, ref error);
        handle.Attach(database);
        var message = NativeString.Owned(error);
        if (opened != DuckDbState.Success)
        {
            handle.Dispose();
            throw ErrorFactory.FromMessage(message, $"DuckDB could not open '{copy.Path ?? DuckDbDatabaseOptions.InMemoryPath}'.");
        }

        return new DuckDbDatabase(handle, copy);
    }

    /// <summary>Opens a new connection. Thread-safe.</summary>
    /// <exception cref="ObjectDisposedException">The database was disposed.</exception>
    public DuckDbConnection Connect()
    {
        var connection = new DuckDbConnection(this);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Stops new connections. The native database closes when its last connection closes (immediately if none).
    /// Safe to call more than once.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        // Releases this object's reference; duckdb_close runs once every ConnectionHandle has released its own.
        _handle.Dispose();
    }

    /// <summary>True once <c>duckdb_close</c> has run (after <see cref="Dispose"/> and the last connection's close).</summary>
    internal bool IsNativeClosed => _handle.IsClosed;

    internal ConnectionHandle OpenConnectionHandle()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var connection = new ConnectionHandle(_handle);
            var pointer = IntPtr.Zero;
            var state = NativeMethods.duckdb_connect(_handle, ref pointer);
            connection.Attach(pointer);
            if (state != DuckDbState.Success)
            {
                connection.Dispose();
                throw new DuckDbException($"DuckDB could not open a connection to '{DataSource}'.", DuckDbErrorType.Connection);
            }

            _openConnections++;
            return connection;
        }
    }

    internal void OnConnectionClosed()
    {
        lock (_gate)
        {
            _openConnections--;
        }
    }
}
