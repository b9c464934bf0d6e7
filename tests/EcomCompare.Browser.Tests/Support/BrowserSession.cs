using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests.Support;

/// <summary>Playwright and one headless Chromium; each page gets its own fresh context.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        return new BrowserSession(playwright, await Chromium.LaunchAsync(playwright));
    }

    /// <summary>A fresh browser context (no shared state between tests), 1366×768 unless told, with a watched page.</summary>
    public async Task<WatchedPage> NewPageAsync(Uri baseAddress, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? Chromium.Laptop,
            BaseURL = baseAddress.ToString(),
            Locale = "vi-VN",
        });
        return new WatchedPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}
