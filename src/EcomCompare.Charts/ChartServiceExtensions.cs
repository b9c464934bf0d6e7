using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Charts;

/// <summary>Hosting set-up for <c>/charts/{chart}.{svg|png}</c>.</summary>
public static class ChartServiceExtensions
{
    /// <summary>Registers the chart services.</summary>
    public static IServiceCollection AddCharts(this IServiceCollection services) => services;

    /// <summary>Maps <c>/charts</c>.</summary>
    public static WebApplication MapCharts(this WebApplication app) => app;
}
