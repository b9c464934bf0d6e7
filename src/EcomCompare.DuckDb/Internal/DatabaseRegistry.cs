namespace EcomCompare.DuckDb.Internal;

/// <summary>
/// Process-wide sharing for connection-string connections: one <see cref="DuckDbDatabase"/> per database file,
/// reference counted by open connections and closed when the last one closes. DuckDB must not open one file
/// twice in a process, so asking for an open file with different options fails instead of opening it again.
/// In-memory data sources are never shared: each connection gets its own private database.
/// </summary>
internal static class DatabaseRegistry
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal);

    public static DatabaseLease Acquire(DuckDbDatabaseOptions options)
    {
        if (options.IsInMemory)
        {
            return new DatabaseLease(DuckDbDatabase.Open(options), sharedPath: null);
        }

        var path = Path.GetFullPath(options.Path!);
        var shared = options.Clone();
        shared.Path = path;
        var description = shared.Describe();
        lock (Gate)
        {
            if (Entries.TryGetValue(path, out var entry))
            {
                if (entry.Description != description)
                {
                    throw new InvalidOperationException(
                        $"'{path}' is already open in this process with different settings ({entry.Description}) " +
                        $"than requested ({description}). DuckDB cannot open one file twice; use the same connection " +
                        "string everywhere, or close the other connections first.");
                }

                entry.References++;
                return new DatabaseLease(entry.Database, path);
            }

            var database = DuckDbDatabase.Open(shared);
            Entries[path] = new Entry(database, description);
            return new DatabaseLease(database, path);
        }
    }

    internal static void Release(string path)
    {
        lock (Gate)
        {
            if (Entries.TryGetValue(path, out var entry) && --entry.References == 0)
            {
                Entries.Remove(path);
                entry.Database.Dispose();
            }
        }
    }

    private sealed class Entry(DuckDbDatabase database, string description)
    {
        public DuckDbDatabase Database { get; } = database;

        public string Description { get; } = description;

        public int References { get; set; } = 1;
    }
}
