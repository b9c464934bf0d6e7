using EcomCompare.Charts.Http;
using EcomCompare.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Charts;

/// <summary>Hosting set-up for <c>/charts/{chart}.{svg|png}</c>.</summary>
public static class ChartServiceExtensions
{
    /// <summary>Registers the chart services; settings from the <c>Charts</c> section, checked at start.</summary>
    public static IServiceCollection AddCharts(this IServiceCollection services)
    {
        services.AddViews();
        services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChartService>();
        return services;
    }

    /// <summary>Maps <c>/charts</c> (an index of the charts) and <c>/charts/{chart}.{svg|png}</c>.</summary>
    public static WebApplication MapCharts(this WebApplication app)
    {
        ChartEndpoints.Map(app);
        return app;
    }
}
