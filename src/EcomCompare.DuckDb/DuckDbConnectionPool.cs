namespace EcomCompare.DuckDb;

/// <summary>
/// A bounded, thread-safe pool of connections to one <see cref="DuckDbDatabase"/>: at most
/// <see cref="MaxConnections"/> are rented at once, <see cref="Rent"/> blocks (or <see cref="RentAsync"/> waits)
/// for a free one. Connections are created lazily and reused.
/// </summary>
/// <example>
/// <code>
/// using var pool = new DuckDbConnectionPool(database, maxConnections: 8);
/// using (var lease = pool.Rent())
/// {
///     using var command = lease.Connection.CreateCommand();
///     command.CommandText = "SELECT count(*) FROM sales";
///     var count = (long)command.ExecuteScalar()!;
/// } // the connection goes back to the pool (open reader closed, pending transaction rolled back)
/// </code>
/// </example>
public sealed class DuckDbConnectionPool : IDisposable
{
    private readonly DuckDbDatabase _database;
    private readonly SemaphoreSlim _slots;
    private readonly Stack<DuckDbConnection> _idle = new();
    private readonly object _gate = new();
    private bool _disposed;

    /// <summary>Creates a pool over <paramref name="database"/> (which the pool does not own).</summary>
    public DuckDbConnectionPool(DuckDbDatabase database, int maxConnections)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxConnections);
        _database = database;
        MaxConnections = maxConnections;
        _slots = new SemaphoreSlim(maxConnections, maxConnections);
    }

    /// <summary>The most connections rented at the same time.</summary>
    public int MaxConnections { get; }

    /// <summary>Connections currently waiting in the pool.</summary>
    public int IdleCount
    {
        get
        {
            lock (_gate)
            {
                return _idle.Count;
            }
        }
    }

    /// <summary>Rents a connection, blocking until one is free. Dispose the lease to give it back.</summary>
    public DuckDbConnectionLease Rent(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait(cancellationToken);
        return TakeSlot();
    }

    /// <summary>Rents a connection, waiting asynchronously until one is free. Dispose the lease to give it back.</summary>
    public async ValueTask<DuckDbConnectionLease> RentAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return TakeSlot();
    }

    /// <summary>Closes the idle connections; rented ones are closed when their lease is disposed.</summary>
    public void Dispose()
    {
        DuckDbConnection[] idle;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var connection in idle)
        {
            connection.Dispose();
        }
    }

    internal void Return(DuckDbConnection connection)
    {
        try
        {
            var keep = connection.State == System.Data.ConnectionState.Open;
            if (keep)
            {
                try
                {
                    connection.ResetForPool();
                }
                catch (DuckDbException)
                {
                    keep = false;
                }
            }

            lock (_gate)
            {
                if (keep && !_disposed)
                {
                    _idle.Push(connection);
                    return;
                }
            }

            connection.Dispose();
        }
        finally
        {
            _slots.Release();
        }
    }

    private DuckDbConnectionLease TakeSlot()
    {
        try
        {
            DuckDbConnection? connection;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                _idle.TryPop(out connection);
            }

            return new DuckDbConnectionLease(this, connection ?? _database.Connect());
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }
}
