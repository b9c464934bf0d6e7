using EcomCompare.Cube.Build;
using EcomCompare.Cube.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcomCompare.Dashboard.Data;

/// <summary>
/// Notices when the cube under the dashboard changes — rebuilt (<c>make cube</c> swaps the file), gone, or back —
/// and tells the open pages, which then query again. <see cref="CubeStore"/> only looks at the file when asked, so
/// this asks every couple of seconds (a <c>stat</c>); pages also re-query on their next interaction anyway.
/// </summary>
internal sealed partial class CubeWatcher(CubeStore store, ILogger<CubeWatcher> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private CubeIdentity? _last;
    private bool _known;

    /// <summary>How often the file is checked.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Raised with the new identity (null: no usable cube) when it differs from the last one seen.</summary>
    public event Action<CubeIdentity?>? Changed;

    /// <summary>
    /// Checks the cube now; raises <see cref="Changed"/> if its identity differs from the last check. The whole
    /// identity, not only the build id: the id is derived from the sources, so a rebuild of the same sources keeps
    /// it — and is still a new file whose numbers a page should read again.
    /// </summary>
    public CubeIdentity? Check()
    {
        CubeIdentity? identity;
        try
        {
            identity = store.Identity;
        }
        catch (CubeQueryException e) when (e.Failure == CubeQueryFailure.NoCube)
        {
            identity = null;
        }
        catch (ObjectDisposedException)
        {
            return null; // shutting down
        }

        bool changed;
        lock (_gate)
        {
            changed = _known && _last != identity;
            _last = identity;
            _known = true;
        }

        if (changed)
        {
            LogChanged(logger, identity?.BuildId ?? "(none)");
            Changed?.Invoke(identity);
        }

        return identity;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        Check();
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                Check();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "dashboard: cube changed to build {BuildId}; open pages reload")]
    private static partial void LogChanged(ILogger logger, string buildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "dashboard: checking the cube failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
