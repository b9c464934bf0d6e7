using EcomCompare.OData.Hosting;
using EcomCompare.OData.Model;
using EcomCompare.Views;
using EcomCompare.Views.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.OData.Batch;
using Microsoft.AspNetCore.OData.Routing.Conventions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData;
using Microsoft.OData.Json;
using Microsoft.OData.UriParser;

namespace EcomCompare.OData;

/// <summary>
/// Hosting set-up for the OData v4 service at <c>/odata</c> (read-only, over the cube), on Microsoft.AspNetCore.OData:
/// one route component with the cube's model, <see cref="CubeController"/> routed by <see cref="CubeRoutingConvention"/>,
/// and <c>$batch</c> (multipart/mixed and JSON) through the library's batch middleware.
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddCube().AddCubeOData();
/// var app = builder.Build();
/// app.MapCubeOData();   // GET /odata, /odata/$metadata, /odata/BudgetLines?$apply=…, POST /odata/$batch
/// </code>
/// </example>
public static class ODataServiceExtensions
{
    /// <summary>The route prefix (<see cref="Routes.OData"/> without its slash).</summary>
    internal const string RoutePrefix = "odata";

    private static readonly Lazy<IServiceProvider> Standalone = new(() =>
    {
        var options = new ODataOptions();
        Configure(options);
        return options.GetRouteServices(RoutePrefix);
    });

    /// <summary>
    /// Registers the OData services; limits come from the <c>OData</c> configuration section
    /// (<see cref="ODataServiceOptions"/>), checked when the server starts.
    /// </summary>
    public static IServiceCollection AddCubeOData(this IServiceCollection services)
    {
        services.AddViews();
        services.AddOptions<ODataServiceOptions>().BindConfiguration(ODataServiceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ODataEndpoint>();
        services.AddSingleton(provider => new ODataEndpointHandle(provider.GetRequiredService<ODataEndpoint>()));

        // First of all startup filters, so that it runs outside the framework's host filtering (see the class).
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, ODataHostCheck>());
        services.AddControllers()
            .AddApplicationPart(typeof(CubeController).Assembly)
            .AddOData(Configure);
        return services;
    }

    /// <summary>
    /// The library's <c>$batch</c> middleware. It must run before routing (each part is then routed, and authorized,
    /// as a request of its own), so the host calls it before <c>UseRouting</c>.
    /// </summary>
    public static WebApplication UseCubeODataBatching(this WebApplication app)
    {
        app.UseODataBatching();
        return app;
    }

    /// <summary>
    /// Maps <c>/odata</c>: the library's routes to <see cref="CubeController"/>, and a catch-all for every other path
    /// or method below <c>/odata</c>, which answers with an OData error (404, 405, 414, 501…) instead of ASP.NET's
    /// empty 404. Needs <see cref="UseCubeODataBatching"/> before routing.
    /// </summary>
    public static WebApplication MapCubeOData(this WebApplication app)
    {
        var endpoint = app.Services.GetRequiredService<ODataEndpoint>();
        IEndpointRouteBuilder routes = app;
        routes.MapControllers();
        routes.Map(Routes.OData + "/{**path}", endpoint.InvokeAsync);
        return app;
    }

    /// <summary>The route's services as the host builds them, for parsing without a host (tests, benchmarks).</summary>
    internal static IServiceProvider StandaloneRouteServices => Standalone.Value;

    private static void Configure(ODataOptions options)
    {
        options.EnableNoDollarQueryOptions = false; // "filter=…" is a custom option, ignored, as OData 4.0 says
        options.UrlKeyDelimiter = ODataUrlKeyDelimiter.Parentheses;
        options.EnableAttributeRouting = false;
        options.Conventions.Clear(); // the library's conventions route by controller names; ours routes every set to one controller
        options.Conventions.Add(new CubeRoutingConvention());

        // Which query options may touch which properties (every property may be filtered, sorted, selected, counted);
        // the limits themselves (MaxTop among them) are ODataValidationSettings (ODataValidation), checked before any translation.
        options.Select().Filter().OrderBy().Count().SkipToken().SetMaxTop(null);
        options.AddRouteComponents(RoutePrefix, CubeEdmModel.Instance, services =>
        {
            // Names are case-sensitive, as OData says and as our translators expect.
            services.AddSingleton<ODataUriResolver>(_ => new ODataUriResolver { EnableCaseInsensitive = false, EnableNoDollarQueryOptions = false });

            // JSON strings escape only control characters: Vietnamese text travels as plain UTF-8 ("Cần Thơ").
            services.AddSingleton<IJsonWriterFactory>(_ => new ODataJsonWriterFactory(ODataStringEscapeOption.EscapeOnlyControls));

            // $batch: multipart/mixed and application/json; each part goes through the pipeline like a request of its own.
            services.AddSingleton<ODataBatchHandler>(_ => new CubeBatchHandler());
        });
    }
}
