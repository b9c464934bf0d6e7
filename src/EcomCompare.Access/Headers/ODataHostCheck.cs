using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace EcomCompare.Access.Headers;

/// <summary>
/// ASP.NET Core's host filtering answers a request whose <c>Host</c> is not in <c>AllowedHosts</c> with its own HTML
/// page, before any of our middleware runs — but every error on <c>/odata</c> must be an OData JSON error for the
/// clients that read it (Excel, Power BI). Registered as the first startup filter, this runs outside the framework's
/// filter and answers such <c>/odata</c> requests itself, by the same rule and list; other paths keep the framework's.
/// </summary>
internal sealed class ODataHostCheck(IOptionsMonitor<HostFilteringOptions> hosts) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, rest) =>
        {
            if (http.Request.Path.StartsWithSegments("/odata", StringComparison.OrdinalIgnoreCase) && !Allowed(http.Request.Host, hosts.CurrentValue))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                http.Response.ContentType = "application/json; odata.metadata=minimal; charset=utf-8";
                http.Response.Headers["OData-Version"] = "4.0";
                await using var json = new Utf8JsonWriter(http.Response.Body);
                json.WriteStartObject();
                json.WriteStartObject("error");
                json.WriteString("code", "BadRequest");
                json.WriteString("message", $"This service does not answer to the host name '{http.Request.Host.Host}': use one of the names it is configured for (AllowedHosts).");
                json.WriteString("target", "Host");
                json.WriteEndObject();
                json.WriteEndObject();
                await json.FlushAsync(http.RequestAborted);
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
