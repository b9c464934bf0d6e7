using EcomCompare.Workbooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Workbooks;

/// <summary>Hosting set-up for <c>/export/{comparison}.xlsx</c>.</summary>
public static class WorkbookServiceExtensions
{
    /// <summary>
    /// Registers the workbook services. The export reads the cube's members through the chart service (the same
    /// checks of province, source and category codes), so <c>AddCharts</c> must be registered too.
    /// </summary>
    public static IServiceCollection AddWorkbooks(this IServiceCollection services) => services;

    /// <summary>Maps <c>/export/{comparison}.xlsx</c>.</summary>
    public static WebApplication MapWorkbooks(this WebApplication app)
    {
        WorkbookEndpoints.Map(app);
        return app;
    }
}
