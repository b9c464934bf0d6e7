using EcomCompare.Views.Caching;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcomCompare.Views;

/// <summary>Hosting set-up of what the surfaces share.</summary>
public static class ViewServiceExtensions
{
    /// <summary>
    /// Registers the one cache per cube build, the catalog source and the plain failure answer (an exception handler).
    /// Each surface calls it; registering twice is harmless. Needs the cube (<c>CubeStore</c>, <c>CubeQueries</c>).
    /// </summary>
    public static IServiceCollection AddViews(this IServiceCollection services)
    {
        services.TryAddSingleton<BuildCache>();
        services.TryAddSingleton<CatalogSource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Diagnostics.IExceptionHandler, PlainFailure>());
        return services;
    }
}
