namespace EcomCompare.DuckDb.Internal;

/// <summary>One connection's hold on a registry database (or its private in-memory database).</summary>
internal sealed class DatabaseLease(DuckDbDatabase database, string? sharedPath) : IDisposable
{
    private int _disposed;

    public DuckDbDatabase Database { get; } = database;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (sharedPath is null)
        {
            Database.Dispose();
        }
        else
        {
            DatabaseRegistry.Release(sharedPath);
        }
    }
}
