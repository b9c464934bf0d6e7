using EcomCompare.Testing;

namespace EcomCompare.Charts.Tests.Support;

/// <summary>The real application on a real Kestrel socket over the shared test cube, shared by the HTTP tests.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public KestrelServer Server { get; private set; } = null!;

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync() => Server = await KestrelServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
