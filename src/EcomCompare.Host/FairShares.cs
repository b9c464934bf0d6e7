using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using EcomCompare.OData.Hosting;
using EcomCompare.Views.Http;

namespace EcomCompare.Host;

/// <summary>
/// The <c>FairShare</c> configuration section: how many requests of each expensive kind one user (signed in) or one
/// client address (anonymous, on loopback) may have running at once, and waiting beyond that. One user flooding
/// cannot take more than these places; the rest of the service's places (client queries, renderers) stay for others.
/// </summary>
public sealed class FairShareOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FairShare";

    /// <summary>OData requests of one user running at once (the cube has <c>Cube:MaxConcurrentQueries</c> places for all).</summary>
    [Range(1, 256, ErrorMessage = "FairShare:ODataPerUser must be from {1} to {2}.")]
    public int ODataPerUser { get; set; } = 1;

    /// <summary>OData requests of one user waiting beyond those; one more is answered 429 with <c>Retry-After</c>.</summary>
    [Range(0, 10_000, ErrorMessage = "FairShare:ODataQueuePerUser must be from {1} to {2}.")]
    public int ODataQueuePerUser { get; set; } = 32;

    /// <summary>Chart requests of one user running at once.</summary>
    [Range(1, 256, ErrorMessage = "FairShare:ChartsPerUser must be from {1} to {2}.")]
    public int ChartsPerUser { get; set; } = 1;

    /// <summary>Chart requests of one user waiting beyond those.</summary>
    [Range(0, 10_000, ErrorMessage = "FairShare:ChartsQueuePerUser must be from {1} to {2}.")]
    public int ChartsQueuePerUser { get; set; } = 16;

    /// <summary>Workbook requests of one user running at once.</summary>
    [Range(1, 256, ErrorMessage = "FairShare:WorkbooksPerUser must be from {1} to {2}.")]
    public int WorkbooksPerUser { get; set; } = 1;

    /// <summary>Workbook requests of one user waiting beyond those.</summary>
    [Range(0, 10_000, ErrorMessage = "FairShare:WorkbooksQueuePerUser must be from {1} to {2}.")]
    public int WorkbooksQueuePerUser { get; set; } = 8;

    /// <summary>Workbooks built at once for everyone (writing one is CPU work); 0: one less than the cores, at least one.</summary>
    [Range(0, 256, ErrorMessage = "FairShare:Workbooks must be from {1} to {2}.")]
    public int Workbooks { get; set; }

    /// <summary>Workbooks waiting for everyone beyond those.</summary>
    [Range(0, 10_000, ErrorMessage = "FairShare:WorkbooksQueue must be from {1} to {2}.")]
    public int WorkbooksQueue { get; set; } = 32;

    /// <summary>The <c>Retry-After</c> of a 429 for a full share.</summary>
    [Range(1, 3600, ErrorMessage = "FairShare:RetryAfterSeconds must be from {1} to {2}.")]
    public int RetryAfterSeconds { get; set; } = 2;
}

/// <summary>
/// Fair shares of the expensive surfaces (OData, charts, workbooks) per user — the framework's rate limiting
/// middleware with a <see cref="PartitionedRateLimiter"/> of concurrency limiters, one partition per surface and
/// user (or client address when anonymous), chained with a global one for workbooks. Runs after authentication (it
/// reads the user) and after <c>$batch</c> (each part takes its own place).
/// </summary>
public static class FairShares
{
    private enum Surface
    {
        OData,
        Charts,
        Workbooks,
    }

    /// <summary>Registers the limiter; settings from <see cref="FairShareOptions"/>, checked at start.</summary>
    public static IServiceCollection AddFairShares(this IServiceCollection services)
    {
        services.AddOptions<FairShareOptions>().BindConfiguration(FairShareOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<FairShareOptions>>(
            (limiter, configured) =>
            {
                var options = configured.Value;
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(PerUser(options), Global(options));
                limiter.OnRejected = (context, cancellation) => RejectAsync(context.HttpContext, options);
            });
        return services;
    }

    /// <summary>The middleware: after authentication and <c>$batch</c>, before routing.</summary>
    public static WebApplication UseFairShares(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static PartitionedRateLimiter<HttpContext> PerUser(FairShareOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => SurfaceOf(http.Request.Path) switch
        {
            Surface.OData => Concurrency("odata\n" + Who(http), options.ODataPerUser, options.ODataQueuePerUser),
            Surface.Charts => Concurrency("charts\n" + Who(http), options.ChartsPerUser, options.ChartsQueuePerUser),
            Surface.Workbooks => Concurrency("workbooks\n" + Who(http), options.WorkbooksPerUser, options.WorkbooksQueuePerUser),
            _ => RateLimitPartition.GetNoLimiter(string.Empty),
        }, StringComparer.Ordinal);

    private static PartitionedRateLimiter<HttpContext> Global(FairShareOptions options)
    {
        var workbooks = options.Workbooks > 0 ? options.Workbooks : Math.Max(1, Environment.ProcessorCount - 1);
        return PartitionedRateLimiter.Create<HttpContext, string>(http => SurfaceOf(http.Request.Path) == Surface.Workbooks
            ? Concurrency("workbooks", workbooks, options.WorkbooksQueue)
            : RateLimitPartition.GetNoLimiter(string.Empty), StringComparer.Ordinal);
    }

    private static RateLimitPartition<string> Concurrency(string key, int permits, int queue) =>
        RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

    // Case-insensitive, as routing matches: /ODATA/… takes the same share as /odata/….
    private static Surface? SurfaceOf(PathString path) =>
        path.StartsWithSegments(Routes.OData, StringComparison.OrdinalIgnoreCase) ? Surface.OData
        : path.StartsWithSegments(Routes.Charts, StringComparison.OrdinalIgnoreCase) ? Surface.Charts
        : path.StartsWithSegments(Routes.Exports, StringComparison.OrdinalIgnoreCase) ? Surface.Workbooks
        : null;

    private static string Who(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : "address:" + http.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(HttpContext http, FairShareOptions options)
    {
        var seconds = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        const string Message = "You have as many requests of this kind running and waiting as one user may; try again in {0} s.";
        http.Response.Headers.RetryAfter = seconds;
        if (SurfaceOf(http.Request.Path) == Surface.OData)
        {
            await http.RequestServices.GetRequiredService<ODataEndpointHandle>().RefuseAsync(
                http, StatusCodes.Status429TooManyRequests, "TooManyRequests", string.Format(CultureInfo.InvariantCulture, Message, seconds), null);
            return;
        }

        await Results.Text(string.Format(CultureInfo.InvariantCulture, Message, seconds) + "\n", "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
