using EcomCompare.Testing;

namespace EcomCompare.Browser.Tests.Support;

/// <summary>The published server (it carries Blazor's script) on the shared test cube, and one browser.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private BrowserSession _browser = null!;

    public PublishedServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PublishedServer.StartAsync();
        _browser = await BrowserSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await Server.DisposeAsync();
    }

    /// <summary>A fresh page on the server (1366×768 unless another viewport is given).</summary>
    public Task<WatchedPage> NewPageAsync(Microsoft.Playwright.ViewportSize? viewport = null) => _browser.NewPageAsync(Server.BaseAddress, viewport);
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard in chromium";
}
