using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData;
using Microsoft.OData.Json;

namespace EcomCompare.OData.Serialization;

/// <summary>
/// The dependency-injection container Microsoft.OData.Core asks its messages for (<see cref="IContainerProvider"/>):
/// its defaults, except that JSON strings escape only control characters, so Vietnamese text travels as plain
/// UTF-8 ("Cần Thơ", not "C\u1ea7n Th\u01a1").
/// </summary>
internal sealed class ODataServiceContainer : IContainerBuilder
{
    private readonly IServiceCollection _services = new ServiceCollection();

    private ODataServiceContainer()
    {
    }

    /// <summary>The container (built once).</summary>
    public static IServiceProvider Instance { get; } = Build();

    public IContainerBuilder AddService(Microsoft.OData.ServiceLifetime lifetime, Type serviceType, Type implementationType)
    {
        _services.Add(new ServiceDescriptor(serviceType, implementationType, Map(lifetime)));
        return this;
    }

    public IContainerBuilder AddService(Microsoft.OData.ServiceLifetime lifetime, Type serviceType, Func<IServiceProvider, object> implementationFactory)
    {
        _services.Add(new ServiceDescriptor(serviceType, implementationFactory, Map(lifetime)));
        return this;
    }

    public IServiceProvider BuildContainer() => _services.BuildServiceProvider();

    private static IServiceProvider Build()
    {
        var builder = new ODataServiceContainer();
        builder.AddDefaultODataServices();
        builder.AddService<IJsonWriterFactory>(Microsoft.OData.ServiceLifetime.Singleton, _ => new DefaultJsonWriterFactory(ODataStringEscapeOption.EscapeOnlyControls));
        return builder.BuildContainer();
    }

    private static Microsoft.Extensions.DependencyInjection.ServiceLifetime Map(Microsoft.OData.ServiceLifetime lifetime) => lifetime switch
    {
        Microsoft.OData.ServiceLifetime.Singleton => Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton,
        Microsoft.OData.ServiceLifetime.Scoped => Microsoft.Extensions.DependencyInjection.ServiceLifetime.Scoped,
        _ => Microsoft.Extensions.DependencyInjection.ServiceLifetime.Transient,
    };
}
