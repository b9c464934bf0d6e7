using EcomCompare.Cube.Build;

namespace EcomCompare.Cube.Store;

/// <summary>
/// The server's access to the cube: opens the file read-only, hands out pooled connections as leases, and
/// notices when <c>make cube</c> has atomically replaced the file — new leases get the new cube, leases already
/// out finish on the old one, which closes when the last of them is returned.
/// </summary>
/// <remarks>Thread-safe. A <see cref="CubeLease"/> (its connection) belongs to one request at a time.</remarks>
public sealed class CubeStore : IDisposable
{
    private readonly CubeStoreOptions _options;
    private readonly Lock _gate = new();
    private CubeGeneration? _current;
    private bool _disposed;

    /// <summary>Creates the store; the file is opened on first use.</summary>
    public CubeStore(CubeStoreOptions options) => _options = options;

    /// <summary>Raised (once per new file) after a rebuilt cube has been swapped in.</summary>
    public event Action<CubeIdentity>? Swapped;

    /// <summary>The options in use.</summary>
    public CubeStoreOptions Options => _options;

    /// <summary>The identity of the cube new leases get; opens the cube if needed.</summary>
    public CubeIdentity Identity => Current().Identity;

    /// <summary>Rents a connection on the current cube.</summary>
    /// <exception cref="CubeUnavailableException">No cube file, or it cannot be opened.</exception>
    public CubeLease Lease()
    {
        while (true)
        {
            var generation = Current();
            if (generation.TryAcquire())
            {
                try
                {
                    return new CubeLease(generation, generation.Rent(), (int)Math.Ceiling(_options.QueryTimeout.TotalSeconds));
                }
                catch
                {
                    generation.Retire();
                    throw;
                }
            }

            // Retired between reading it and acquiring it: read the new current one.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _current?.Retire();
            _current = null;
        }
    }

    private CubeGeneration Current()
    {
        var stamp = FileStamp.Of(_options.Path);
        var current = Volatile.Read(ref _current);
        if (current is not null && (stamp is null || stamp == current.Stamp))
        {
            return current; // unchanged — or deleted under us, in which case the data we have open still serves
        }

        if (stamp is null)
        {
            throw new CubeUnavailableException($"no cube at {_options.Path}: run `make cube` to build it from cube/sources");
        }

        CubeGeneration? swapped = null;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            current = _current;
            if (current is null || current.Stamp != stamp)
            {
                var next = CubeGeneration.Open(_options, stamp.Value);
                _current = next;
                current?.Retire();
                swapped = current is null ? null : next;
                current = next;
            }
        }

        if (swapped is not null)
        {
            Swapped?.Invoke(swapped.Identity);
        }

        return current;
    }
}
