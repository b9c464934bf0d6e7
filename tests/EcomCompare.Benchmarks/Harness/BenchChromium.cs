using Microsoft.Playwright;

namespace EcomCompare.Benchmarks.Harness;

/// <summary>Debian's headless Chromium, launched the same way by every section that measures the dashboard.</summary>
internal static class BenchChromium
{
    public const string Binary = "/usr/bin/chromium";

    // The browser tests' flags (Browser.Tests/Support/Chromium.cs): no sandbox as root, nothing that phones home mid-run.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static bool Available => File.Exists(Binary);

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Binary, Headless = true, Args = Flags });
}
