using EcomCompare.Views;
using EcomCompare.Workbooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Workbooks;

/// <summary>Hosting set-up for <c>/export/{comparison}.xlsx</c>.</summary>
public static class WorkbookServiceExtensions
{
    /// <summary>
    /// Registers what the workbooks need: the views' catalog (the same checks of province, source and category codes
    /// as the charts) and failure answer. Needs the cube (<c>CubeStore</c>, <c>CubeQueries</c>).
    /// </summary>
    public static IServiceCollection AddWorkbooks(this IServiceCollection services) => services.AddViews();

    /// <summary>Maps <c>/export/{comparison}.xlsx</c>.</summary>
    public static WebApplication MapWorkbooks(this WebApplication app)
    {
        WorkbookEndpoints.Map(app);
        return app;
    }
}
