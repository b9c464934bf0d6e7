using EcomCompare.Testing;

namespace EcomCompare.OData.Tests;

/// <summary>The real application on a real Kestrel socket over the shared test cube, shared by a collection of tests.</summary>
public sealed class ODataServer : SharedServer, IAsyncLifetime;

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ODataServer>
{
    public const string Name = "odata server";
}
