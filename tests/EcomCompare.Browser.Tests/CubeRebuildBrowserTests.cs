using EcomCompare.Browser.Tests.Support;
using EcomCompare.Testing;

namespace EcomCompare.Browser.Tests;

/// <summary>The cube breaks and comes back under an open page: an error panel, then the numbers — no reconnect loop.</summary>
[Trait("Kind", "Browser")]
public sealed class CubeRebuildBrowserTests : IAsyncLifetime
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("ecomcompare-browser-cube-");
    private BrowserSession _browser = null!;
    private PublishedServer _server = null!;
    private string _cube = null!;

    public async Task InitializeAsync()
    {
        _cube = TestCube.BuildInto(_scratch.FullName);
        _server = await PublishedServer.StartAsync(_cube);
        _browser = await BrowserSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
        _scratch.Delete(recursive: true);
    }

    [Fact]
    public async Task AnOpenPageShowsAnErrorPanelWhileTheCubeIsBrokenAndItsNumbersWhenItIsRebuilt()
    {
        await using var page = await _browser.NewPageAsync(_server.BaseAddress);
        await page.OpenAsync("/trends");
        Assert.Equal("102", await page.TextAsync("trend-can-tho-central-2021"));

        await File.WriteAllTextAsync(_cube + ".broken", "not a cube");
        File.Move(_cube + ".broken", _cube, overwrite: true);
        await page.ByTestId("error-panel").WaitForAsync(new() { Timeout = 15_000 }); // the server notices within ~2 s
        await page.ScreenshotAsync(Screenshots.Artifacts, "dashboard-error-panel");

        TestCube.BuildInto(_scratch.FullName);
        await page.WaitForTextAsync("trend-can-tho-central-2021", "102", timeout: 15_000);
        Assert.Equal(0, await page.ByTestId("error-panel").CountAsync());
        Assert.True(await page.Page.Locator(".ec-app[data-interactive=true]").IsVisibleAsync(), "still the same live page");
        Assert.Equal(0, await page.Page.Locator("#components-reconnect-modal:visible").CountAsync());
        Assert.Empty(page.Problems);
    }
}
