using EcomCompare.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Testing;

/// <summary>
/// The real application (<see cref="EcomCompareServer"/>) on a real Kestrel socket at 127.0.0.1 with a free port —
/// not an in-memory test host. Runs in the test process (on whatever runtime the tests roll forward to), so it
/// serves OData, charts and exports; the interactive dashboard needs <see cref="PublishedServer"/>.
/// </summary>
public sealed class KestrelServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for <see cref="BaseAddress"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// A users file that does not exist: tests run the anonymous loopback set-up whatever users the machine's default
    /// file names. Tests of sign-in pass their own <c>--Access:UsersFile</c> (the last value wins).
    /// </summary>
    public static string NoUsers { get; } = Path.Combine(Path.GetTempPath(), "ecomcompare-tests-no-users.tsv");

    /// <summary>Starts the server on <paramref name="cubePath"/> (default: the shared test cube).</summary>
    public static Task<KestrelServer> StartAsync(string? cubePath = null, params string[] extraArgs) => StartAsync(cubePath, null, extraArgs);

    /// <summary>As <see cref="StartAsync(string?, string[])"/>, with <paramref name="configure"/> run on the builder last (a clock, a log).</summary>
    public static async Task<KestrelServer> StartAsync(string? cubePath, Action<WebApplicationBuilder>? configure, params string[] extraArgs)
    {
        string[] args = [
            "--urls", "http://127.0.0.1:0", "--Cube:Path", cubePath ?? TestCube.Path, "--Logging:LogLevel:Default", "Warning", "--Access:UsersFile",
            NoUsers, .. extraArgs];
        var app = EcomCompareServer.Create(args, configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
