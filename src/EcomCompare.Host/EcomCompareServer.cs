using EcomCompare.Access;
using EcomCompare.Access.SignIn;
using EcomCompare.Charts;
using EcomCompare.Dashboard;
using EcomCompare.Editing;
using EcomCompare.OData;
using EcomCompare.Views.Http;
using EcomCompare.Workbooks;

namespace EcomCompare.Host;

/// <summary>
/// Composes the one server process: the cube store, then every surface's services and endpoints — OData at
/// <c>/odata</c>, charts at <c>/charts</c>, workbooks at <c>/export</c>, the dashboard at <c>/</c>. Tests use it to
/// run the real application on a real Kestrel port (<c>--urls http://127.0.0.1:0</c>).
/// </summary>
public static class EcomCompareServer
{
    /// <summary>The longest request line (method, URL, version) Kestrel reads before refusing it itself: 128 KB.</summary>
    public const int MaxRequestLineBytes = 128 * 1024;

    /// <summary>Builds the application from command-line style arguments (<c>--urls</c>, <c>--Cube:Path</c>, …).</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { Args = AccessServiceExtensions.TranslateSwitches(args), ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Kestrel's own limit (8 KB) answers an over-long URL with an empty 414 and closes the connection while
            // the client may still be sending, which the client sees as a broken pipe. A higher limit lets the
            // application read the request and refuse it with its own message (OData's 414 JSON error above
            // ODataServiceOptions.MaxUrlLength). Past this limit Kestrel still refuses, as before.
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestLineBytes + (32 * 1024);
        });
        builder.AddAccess(new AccessPaths(Routes.ODataBatch, [Routes.DashboardMetrics], Routes.ForMachines) { Anonymous = [Routes.Health] });
        builder.Services.AddCube();
        builder.Services.AddCubeOData();
        builder.Services.AddCharts();
        builder.Services.AddWorkbooks();
        builder.Services.AddDashboard();
        builder.Services.AddHealth();
        builder.Services.AddFairShares();
        builder.Services.AddEditing();
        configure?.Invoke(builder);
        builder.Logging.BoundLines(); // last: whatever logs, a test's log included, gets bounded lines

        var app = builder.Build();
        app.UseAccess();
        // A cube failure an endpoint lets through (charts, workbooks, pages) gets the one plain answer (PlainFailure);
        // anything else stays an empty 500, as without the handler. OData answers its own failures as OData errors.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = http => Task.CompletedTask });
        app.UseCubeODataBatching(); // before routing, so each part of a batch is routed and authorized
        app.UseFairShares();        // after authentication and $batch: each user's (each part's) share of OData, charts, workbooks
        app.UseHeadAsGet();         // before routing: HEAD answered by every GET endpoint, without its body
        app.UseRouting();
        app.UseAuthorization();     // after routing: it reads each endpoint's own rules ([AllowAnonymous])
        app.MapSignIn();
        app.MapHealth();
        app.MapReadOnlyRefusals();
        app.MapCubeOData();
        app.MapCharts();
        app.MapWorkbooks();
        app.MapDashboard();
        return app;
    }
}
