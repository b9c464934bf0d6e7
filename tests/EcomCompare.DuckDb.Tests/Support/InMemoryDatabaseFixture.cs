namespace EcomCompare.DuckDb.Tests.Support;

/// <summary>One in-memory database shared by the tests of a class (each test opens its own connection).</summary>
public sealed class InMemoryDatabaseFixture : IDisposable
{
    public DuckDbDatabase Database { get; } = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Threads = 2 });

    public DuckDbConnection Connect() => Database.Connect();

    public void Dispose() => Database.Dispose();
}
