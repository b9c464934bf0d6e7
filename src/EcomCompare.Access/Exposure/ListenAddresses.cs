using System.Net;
using Microsoft.Extensions.Configuration;

namespace EcomCompare.Access.Exposure;

/// <summary>
/// Where the server will listen, read from the same configuration Kestrel reads (<c>urls</c> — <c>--urls</c> or
/// <c>ASPNETCORE_URLS</c> — and <c>Kestrel:Endpoints:*:Url</c>), and whether any of it is reachable from the network.
/// </summary>
public static class ListenAddresses
{
    /// <summary>Every configured listen URL; Kestrel's default (<c>http://localhost:5000</c>) when none is.</summary>
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var urls = new List<string>();
        if (configuration["urls"] is { Length: > 0 } list)
        {
            urls.AddRange(list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                urls.Add(url);
            }
        }

        return urls.Count > 0 ? urls : ["http://localhost:5000"];
    }

    /// <summary>Whether the URL listens on a loopback address only (<c>localhost</c>, 127.0.0.0/8, <c>::1</c>).</summary>
    public static bool IsLoopback(string url)
    {
        // Kestrel's wildcards ("http://*:80", "http://+:80") are not valid URIs: they mean every interface.
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start >= 0 ? url[(start + 3)..] : url;
        var host = rest.StartsWith('[') ? rest[1..Math.Max(1, rest.IndexOf(']', StringComparison.Ordinal))] : rest.Split(':', '/')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
