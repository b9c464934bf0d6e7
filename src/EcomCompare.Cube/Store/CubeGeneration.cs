using System.Collections.Concurrent;
using EcomCompare.Cube.Build;
using EcomCompare.DuckDb;

namespace EcomCompare.Cube.Store;

/// <summary>
/// One opened cube file. Reference-counted: when a rebuild replaces the file, the store retires this generation
/// and it closes once the last in-flight lease is returned, so requests that started on it finish on it.
/// </summary>
internal sealed class CubeGeneration
{
    private readonly DuckDbDatabase _database;
    private readonly ConcurrentBag<DuckDbConnection> _idle = [];
    private readonly int _poolSize;
    private int _references = 1; // the store's own reference, dropped by Retire

    private CubeGeneration(DuckDbDatabase database, FileStamp stamp, CubeIdentity identity, int poolSize)
    {
        _database = database;
        Stamp = stamp;
        Identity = identity;
        _poolSize = poolSize;
    }

    public FileStamp Stamp { get; }

    public CubeIdentity Identity { get; }

    public static CubeGeneration Open(CubeStoreOptions options, FileStamp stamp)
    {
        DuckDbDatabase? database = null;
        try
        {
            // Read-only, no file or network access, configuration locked: no request can read or write a file,
            // even through a translator bug.
            database = DuckDbDatabase.Open(new DuckDbDatabaseOptions
            {
                Path = options.Path,
                AccessMode = DuckDbAccessMode.ReadOnly,
                Threads = options.Threads,
                MemoryLimit = options.MemoryLimit,
                EnableExternalAccess = false,
                LockConfiguration = true,
            });
            using var connection = database.Connect();
            var identity = ReadIdentity(connection);
            return new CubeGeneration(database, stamp, identity, options.PoolSize);
        }
        catch (Exception e) when (e is DuckDbException or IOException)
        {
            database?.Dispose();
            throw new CubeUnavailableException($"the cube at {options.Path} cannot be opened: {e.Message}", e);
        }
    }

    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public DuckDbConnection Rent() => _idle.TryTake(out var connection) ? connection : _database.Connect();

    public void Return(DuckDbConnection connection, bool healthy)
    {
        if (healthy && _idle.Count < _poolSize)
        {
            _idle.Add(connection);
        }
        else
        {
            connection.Dispose();
        }

        Release();
    }

    public void Retire() => Release();

    private void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            while (_idle.TryTake(out var idle))
            {
                idle.Dispose();
            }

            _database.Dispose();
        }
    }

    private static CubeIdentity ReadIdentity(DuckDbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT build_id, built_at, sources_fingerprint, schema_version FROM build_info";
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new CubeUnavailableException("the cube has no build_info row: it was not written by the cube builder");
        }

        if (reader.GetInt32(3) != Schema.CubeSchema.Version)
        {
            throw new CubeUnavailableException($"the cube has schema version {reader.GetInt32(3)}, this server reads version {Schema.CubeSchema.Version}: run make cube");
        }

        return new CubeIdentity(reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(2));
    }
}

/// <summary>What identifies the file on disk: a rebuild's rename gives a new modification time and usually size.</summary>
internal readonly record struct FileStamp(long LastWriteTicks, long Length)
{
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.LastWriteTimeUtc.Ticks, info.Length) : null;
    }
}
