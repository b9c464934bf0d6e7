using System.Text.Encodings.Web;
using System.Text.Unicode;
using EcomCompare.Dashboard.Components;
using EcomCompare.Dashboard.Data;
using EcomCompare.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Radzen;

namespace EcomCompare.Dashboard;

/// <summary>Hosting set-up for the dashboard at <c>/</c>.</summary>
public static class DashboardServiceExtensions
{
    /// <summary>Registers Razor components (interactive server rendering), Radzen and the dashboard's services.</summary>
    /// <remarks>Needs the cube services (<c>CubeStore</c>, <c>CubeQueries</c>) registered by the host.</remarks>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        // Prerendered pages keep Vietnamese as UTF-8 text instead of numeric entities (a third smaller, and
        // readable in the page source); only HTML-special characters are escaped. Replace, not TryAdd: authentication
        // and MVC (OData's controllers) register the default, ASCII-only encoder before the dashboard is added.
        services.Replace(ServiceDescriptor.Singleton(HtmlEncoder.Create(UnicodeRanges.All)));
        services.AddDashboardComponents();
        services.AddHostedService(sp => sp.GetRequiredService<CubeWatcher>());
        return services;
    }

    /// <summary>What the components themselves need (also what component tests register): Radzen and the data services.</summary>
    internal static IServiceCollection AddDashboardComponents(this IServiceCollection services)
    {
        services.AddRadzenComponents();
        services.AddViews();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<QueryMeter>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<CubeWatcher>();
        return services;
    }

    /// <summary>
    /// Maps the dashboard's pages (<c>/</c>, <c>/trends</c>, <c>/categories</c>, <c>/explorer</c>, <c>/quality</c>),
    /// Blazor's endpoints, the static assets (Radzen's and the dashboard's own under <c>_content/</c>) and
    /// <c>/dashboard/metrics</c>. Everything Blazor needs from the pipeline (antiforgery, static files) is set up
    /// here so the host stays one line per surface.
    /// </summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        // Razor component endpoints carry antiforgery metadata; the middleware must run between routing and them.
        app.UseAntiforgery();

        // Static web assets (_content/Radzen.Blazor/…, _content/EcomCompare.Dashboard/…) are described by the
        // host's endpoints manifest, written next to the host at build and publish. A process whose entry assembly
        // is not the host (the in-process test server) has no manifest: it serves pages without styles.
        var manifest = Path.Combine(AppContext.BaseDirectory, app.Environment.ApplicationName + ".staticwebassets.endpoints.json");
        if (File.Exists(manifest))
        {
            app.MapStaticAssets(manifest);
        }
        else
        {
            app.Logger.LogInformation("dashboard: no static assets manifest at {Manifest}; pages are served without styles", manifest);
        }

        app.MapGet(Views.Http.Routes.DashboardMetrics, (QueryMeter meter) => Results.Json(new
        {
            queries = meter.Total.Queries,
            queryMilliseconds = meter.Total.Elapsed.TotalMilliseconds,
            viewLoads = meter.ViewLoads,
        }));

        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapFallback(NotFoundEndpoint.Handle);
        return app;
    }
}
