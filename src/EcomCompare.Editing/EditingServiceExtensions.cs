using EcomCompare.Cube.Store;
using EcomCompare.Editing.Audit;
using EcomCompare.Editing.Checking;
using EcomCompare.Editing.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcomCompare.Editing;

/// <summary>Hosting set-up for changing the data from the dashboard.</summary>
public static class EditingServiceExtensions
{
    /// <summary>
    /// The data folder (settings: <see cref="DataOptions"/>, section <c>Data</c>), the checker, the publisher (builds the
    /// cube the <see cref="CubeStore"/> serves) and the audit log.
    /// </summary>
    public static IServiceCollection AddEditing(this IServiceCollection services)
    {
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(p => p.GetRequiredService<IOptions<DataOptions>>().Value);
        services.AddSingleton(p => new DataFolder(p.GetRequiredService<DataOptions>().Resolve()));
        services.AddSingleton<PlanChecker>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton(p => new PlanPublisher(
            p.GetRequiredService<DataFolder>(), p.GetRequiredService<AuditLog>(), p.GetRequiredService<CubeStore>().Options.Path,
            p.GetService<TimeProvider>() ?? TimeProvider.System, p.GetRequiredService<ILogger<PlanPublisher>>()));
        return services;
    }
}
