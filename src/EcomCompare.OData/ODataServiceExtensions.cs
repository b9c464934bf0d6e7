using EcomCompare.OData.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.OData;

/// <summary>Hosting set-up for the OData v4 service at <c>/odata</c> (read-only, over the cube).</summary>
/// <example>
/// <code>
/// builder.Services.AddCube(builder.Configuration).AddCubeOData(builder.Configuration);
/// var app = builder.Build();
/// app.MapCubeOData();   // GET /odata, /odata/$metadata, /odata/BudgetLines?$apply=…
/// </code>
/// </example>
public static class ODataServiceExtensions
{
    /// <summary>Registers the OData services; limits come from the <c>OData</c> configuration section (<see cref="ODataServiceOptions"/>).</summary>
    public static IServiceCollection AddCubeOData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("OData").Get<ODataServiceOptions>() ?? new ODataServiceOptions();
        services.AddSingleton(options);
        services.AddSingleton<ODataEndpoint>();
        return services;
    }

    /// <summary>Maps <c>/odata</c> and everything below it (any method: non-GET gets a 405 OData error).</summary>
    public static WebApplication MapCubeOData(this WebApplication app)
    {
        var endpoint = app.Services.GetRequiredService<ODataEndpoint>();
        IEndpointRouteBuilder routes = app;
        routes.Map("/odata", endpoint.InvokeAsync);
        routes.Map("/odata/{**path}", endpoint.InvokeAsync);
        return app;
    }
}
