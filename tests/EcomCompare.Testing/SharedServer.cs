namespace EcomCompare.Testing;

/// <summary>
/// The real application on a real Kestrel socket over the shared test cube, shared by a collection of tests: each
/// test project declares its fixture as <c>sealed class ServerFixture : SharedServer, IAsyncLifetime</c> (xunit's
/// collection fixtures live in the test assembly).
/// </summary>
public class SharedServer
{
    public KestrelServer Server { get; private set; } = null!;

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync() => Server = await KestrelServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
