using EcomCompare.Charts.Http;
using EcomCompare.Cube.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Charts;

/// <summary>Hosting set-up for <c>/charts/{chart}.{svg|png}</c>.</summary>
public static class ChartServiceExtensions
{
    /// <summary>Registers the chart services (options from the <c>Charts</c> configuration section).</summary>
    public static IServiceCollection AddCharts(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var options = new ChartOptions();
            provider.GetService<IConfiguration>()?.GetSection("Charts").Bind(options);
            return options;
        });
        services.AddSingleton(provider => new ChartService(
            provider.GetRequiredService<CubeQueries>(),
            provider.GetRequiredService<ChartOptions>()));
        return services;
    }

    /// <summary>Maps <c>/charts</c> (an index of the charts) and <c>/charts/{chart}.{svg|png}</c>.</summary>
    public static WebApplication MapCharts(this WebApplication app)
    {
        ChartEndpoints.Map(app);
        return app;
    }
}
