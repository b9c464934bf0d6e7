using EcomCompare.Testing;

namespace EcomCompare.OData.Tests;

/// <summary>The real application on a real Kestrel socket over the shared test cube, shared by a collection of tests.</summary>
public sealed class ODataServer : IAsyncLifetime
{
    public KestrelServer Server { get; private set; } = null!;

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync() => Server = await KestrelServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ODataServer>
{
    public const string Name = "odata server";
}
