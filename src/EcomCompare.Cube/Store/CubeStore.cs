using EcomCompare.Cube.Build;

namespace EcomCompare.Cube.Store;

/// <summary>
/// The server's access to the cube: opens the live generation read-only, hands out pooled connections as leases,
/// and notices when a build has pointed the cube at a new generation (<see cref="CubeFiles"/>) — new leases get
/// the new generation, leases already out finish on the old one, which is closed when the last of them is
/// returned and then deleted. Generations left behind by a crash are deleted when the store opens a generation.
/// </summary>
/// <remarks>Thread-safe. A <see cref="CubeLease"/> (its connection) belongs to one request at a time.</remarks>
public sealed class CubeStore : IDisposable
{
    private readonly CubeStoreOptions _options;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private CubeGeneration? _current;
    private readonly QueryGate _adHoc;
    private readonly QueryGate _fixed;
    private bool _disposed;

    /// <summary>Creates the store; the file is opened on first use.</summary>
    public CubeStore(CubeStoreOptions options)
    {
        _options = options;
        _adHoc = new QueryGate(options.AdHocQueries, "client queries");
        _fixed = new QueryGate(options.FixedQueries, "the service's own queries");
    }

    /// <summary>Raised (once per new generation) after a rebuilt cube has been swapped in.</summary>
    public event Action<CubeIdentity>? Swapped;

    /// <summary>The options in use.</summary>
    public CubeStoreOptions Options => _options;

    /// <summary>The identity of the cube new leases get; opens the cube if needed.</summary>
    public CubeIdentity Identity => Current().Identity;

    /// <summary>
    /// Rents a connection on the current cube once <paramref name="workload"/> has a free place (see
    /// <see cref="CubeStoreOptions.AdHocQueries"/>); blocks the calling thread while it waits. The place is held
    /// until the lease is disposed.
    /// </summary>
    /// <exception cref="CubeQueryException"><see cref="CubeQueryFailure.NoCube"/>: no cube file, or it cannot be opened.</exception>
    /// <exception cref="CubeQueryException"><see cref="CubeQueryFailure.Busy"/>: no place free and the queue full, or the wait too long.</exception>
    public CubeLease Lease(CubeWorkload workload = CubeWorkload.Fixed)
    {
        var slot = Gate(workload).Enter();
        return Lease(slot);
    }

    /// <summary>As <see cref="Lease(CubeWorkload)"/>, waiting for a place without blocking a thread.</summary>
    /// <exception cref="CubeQueryException"><see cref="CubeQueryFailure.NoCube"/>: no cube file, or it cannot be opened.</exception>
    /// <exception cref="CubeQueryException"><see cref="CubeQueryFailure.Busy"/>: no place free and the queue full, or the wait too long.</exception>
    public async ValueTask<CubeLease> LeaseAsync(CubeWorkload workload, CancellationToken cancellation)
    {
        var slot = await Gate(workload).EnterAsync(cancellation).ConfigureAwait(false);
        return Lease(slot);
    }

    /// <summary>Queries of <paramref name="workload"/> waiting for a place now.</summary>
    public int Waiting(CubeWorkload workload) => Gate(workload).Waiting;

    /// <summary>Leases of <paramref name="workload"/> out now (each holds a place).</summary>
    public int Running(CubeWorkload workload) => Gate(workload).Running;

    private QueryGate Gate(CubeWorkload workload) => workload == CubeWorkload.AdHoc ? _adHoc : _fixed;

    private CubeLease Lease(IDisposable slot)
    {
        try
        {
            return Rent(slot);
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    private CubeLease Rent(IDisposable slot)
    {
        while (true)
        {
            var generation = Current();
            if (generation.TryAcquire())
            {
                try
                {
                    return new CubeLease(generation, generation.Rent(), (int)Math.Ceiling(_options.QueryTimeout.TotalSeconds), slot);
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
        var live = CubeFiles.Live(_options.Path);
        var current = Volatile.Read(ref _current);
        if (current is not null && (live is null || live == current.File))
        {
            return current; // unchanged — or the pointer's target vanished, in which case the data we have open still serves
        }

        if (live is null)
        {
            throw new CubeQueryException(CubeQueryFailure.NoCube, $"no cube at {_options.Path}: run `make cube` to build it from cube/sources");
        }

        CubeGeneration? swapped = null;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            current = _current;
            if (current is null || current.File != live)
            {
                var next = CubeGeneration.Open(_options, live, Closed);
                _open.Add(next.File);
                _current = next;
                current?.Retire();
                swapped = current is null ? null : next;
                current = next;
                DeleteStaleGenerations();
            }
        }

        if (swapped is not null)
        {
            Swapped?.Invoke(swapped.Identity);
        }

        return current;
    }

    // A retired generation's last lease is back and its database closed: its file goes, unless it is live again
    // (a regular file at the configured path is never one of our generations).
    private void Closed(CubeGeneration generation)
    {
        lock (_gate)
        {
            _open.Remove(generation.File);
        }

        if (CubeFiles.IsGeneration(_options.Path, generation.File) && CubeFiles.Live(_options.Path) != generation.File)
        {
            CubeFiles.TryDelete(generation.File);
        }
    }

    // Generations a crashed server or build left behind; skipped while a build holds the lock (it cleans up itself).
    private void DeleteStaleGenerations()
    {
        using var buildLock = CubeFiles.TryLockBuilds(_options.Path);
        if (buildLock is not null)
        {
            CubeFiles.DeleteStale(_options.Path, _open);
        }
    }
}
