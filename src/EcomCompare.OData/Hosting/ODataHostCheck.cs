using EcomCompare.Views.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// ASP.NET Core's host filtering answers a request whose <c>Host</c> is not in <c>AllowedHosts</c> with its own HTML
/// page, before any of our middleware runs — but every error on <c>/odata</c> must be an OData JSON error for the
/// clients that read it (Excel, Power BI). Registered as the first startup filter, this runs outside the framework's
/// filter and answers such <c>/odata</c> requests itself, by the same rule and list, with the OData payload writer's
/// error; other paths keep the framework's.
/// </summary>
internal sealed class ODataHostCheck(IOptionsMonitor<HostFilteringOptions> hosts) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, rest) =>
        {
            if (http.Request.Path.StartsWithSegments(Routes.OData, StringComparison.OrdinalIgnoreCase) && !Allowed(
                http.Request.Host, hosts.CurrentValue))
            {
                var endpoint = http.RequestServices.GetRequiredService<ODataEndpoint>();
                await endpoint.RefuseAsync(http, StatusCodes.Status400BadRequest, "BadRequest",
                    $"This service does not answer to the host name '{http.Request.Host.Host}': use one of the names it is configured for (AllowedHosts).",
                    "Host");
                return;
            }

            await rest(http);
        });
        next(app);
    };

    private static bool Allowed(HostString host, HostFilteringOptions options)
    {
        var allowed = options.AllowedHosts;
        if (allowed is null || allowed.Count == 0 || allowed.Contains("*"))
        {
            return true;
        }

        if (!host.HasValue)
        {
            return options.AllowEmptyHosts;
        }

        return HostString.MatchesAny(new StringSegment(host.Value), allowed.Select(h => new StringSegment(h)).ToList());
    }
}
