namespace EcomCompare.DuckDb;

/// <summary>A connection rented from a <see cref="DuckDbConnectionPool"/>; dispose it to give the connection back.</summary>
public sealed class DuckDbConnectionLease : IDisposable
{
    private readonly DuckDbConnectionPool _pool;
    private DuckDbConnection? _connection;

    internal DuckDbConnectionLease(DuckDbConnectionPool pool, DuckDbConnection connection)
    {
        _pool = pool;
        _connection = connection;
    }

    /// <summary>The rented connection (open). Do not dispose it; dispose the lease.</summary>
    public DuckDbConnection Connection => _connection ?? throw new ObjectDisposedException(nameof(DuckDbConnectionLease));

    /// <summary>Gives the connection back to the pool. Idempotent.</summary>
    public void Dispose()
    {
        var connection = Interlocked.Exchange(ref _connection, null);
        if (connection is not null)
        {
            _pool.Return(connection);
        }
    }
}
