using EcomCompare.Cube.Build;

namespace EcomCompare.Cube.Store;

/// <summary>A connection to one cube generation, for one request. Dispose returns it.</summary>
public sealed class CubeLease : IDisposable
{
    private readonly CubeGeneration _generation;
    private bool _returned;

    private readonly IDisposable? _slot;

    internal CubeLease(CubeGeneration generation, CubeConnection connection, int timeoutSeconds, IDisposable? slot = null)
    {
        _generation = generation;
        _slot = slot;
        Connection = connection;
        TimeoutSeconds = timeoutSeconds;
    }

    /// <summary>The connection: use it from one thread at a time.</summary>
    public CubeConnection Connection { get; }

    /// <summary>The cube this lease reads.</summary>
    public CubeIdentity Identity => _generation.Identity;

    /// <summary>Per-query time limit, seconds.</summary>
    public int TimeoutSeconds { get; }

    /// <summary>Set when a query failed in a way that may have left the connection unusable; it is then not pooled.</summary>
    public bool Broken { get; set; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_returned)
        {
            return;
        }

        _returned = true;
        try
        {
            _generation.Return(Connection, healthy: !Broken);
        }
        finally
        {
            _slot?.Dispose(); // the place in the query gate: the next waiting query may run
        }
    }
}
