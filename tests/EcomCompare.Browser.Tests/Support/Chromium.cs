using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests.Support;

/// <summary>
/// Debian's headless Chromium driven by Playwright (the driver ships in the NuGet package; browsers are never
/// downloaded: <c>playwright install</c> cannot work here). Each launch gets Playwright's own fresh profile.
/// </summary>
public static class Chromium
{
    /// <summary>Debian's chromium package.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>The flags that work on this machine (ENVIRONMENT.md).</summary>
    public static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>1366×768: the screen the dashboard is designed for first.</summary>
    public static ViewportSize Laptop => new() { Width = 1366, Height = 768 };

    /// <summary>390×844: a common phone, held upright.</summary>
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    /// <summary>1440×900: a wide desktop screen.</summary>
    public static ViewportSize Desktop => new() { Width = 1440, Height = 900 };

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = Flags,
        Timeout = 60_000,
    });
}
