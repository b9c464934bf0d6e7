using System.ComponentModel.DataAnnotations;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;
using Microsoft.Extensions.Options;

namespace EcomCompare.Host;

/// <summary>The <c>Health</c> configuration section.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Health";

    /// <summary>How long one real check of the cube answers every probe.</summary>
    [Range(0, 3600, ErrorMessage = "Health:CacheSeconds must be from {1} to {2}.")]
    public double CacheSeconds { get; set; } = 5;
}

/// <summary>
/// What <c>/healthz</c> reports: the live generation opened and asked what the summary page asks (provinces, the
/// funding split over every fact, the discrepancies) — so a cube that opens but cannot be read is unhealthy — once
/// per <see cref="HealthOptions.CacheSeconds"/> however many probes come. A failure is logged with its details,
/// once per check; the probe's answer says only that the cube cannot be read.
/// </summary>
internal sealed partial class HealthProbe(CubeQueries queries, IOptions<HealthOptions> options, TimeProvider time, ILogger<HealthProbe> logger)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private Outcome? _last;

    /// <summary>The outcome of the last check, or of one made now when that is too old.</summary>
    public async Task<Outcome> CheckAsync(CancellationToken cancellation)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await _one.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } checkedMeanwhile)
            {
                return checkedMeanwhile;
            }

            Outcome outcome;
            try
            {
                // Not the caller's token: the check answers every probe that waits for it.
                var identity = queries.Store.Identity;
                await queries.ProvincesAsync(CancellationToken.None).ConfigureAwait(false);
                await queries.FundingSplitsAsync(cancellation: CancellationToken.None).ConfigureAwait(false);
                await queries.DiscrepanciesAsync(cancellation: CancellationToken.None).ConfigureAwait(false);
                outcome = new Outcome(time.GetUtcNow(), identity, null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogUnhealthy(logger, e);
                outcome = new Outcome(time.GetUtcNow(), null, e.Message);
            }

            _last = outcome;
            return outcome;
        }
        finally
        {
            _one.Release();
        }
    }

    private Outcome? Fresh() =>
        _last is { } last && time.GetUtcNow() - last.At < TimeSpan.FromSeconds(options.Value.CacheSeconds) ? last : null;

    [LoggerMessage(EventId = 40, Level = LogLevel.Error, Message = "health check: the cube cannot be read")]
    private static partial void LogUnhealthy(ILogger logger, Exception exception);

    /// <summary>A check: when, the build it read (healthy), or what failed (unhealthy; for the log and operators).</summary>
    public sealed record Outcome(DateTimeOffset At, CubeIdentity? Identity, string? Failure);
}
