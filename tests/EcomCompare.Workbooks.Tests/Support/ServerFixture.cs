using EcomCompare.Testing;

namespace EcomCompare.Workbooks.Tests.Support;

/// <summary>The real application over the shared test cube, shared by the HTTP tests.</summary>
public sealed class ServerFixture : SharedServer, IAsyncLifetime;

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
