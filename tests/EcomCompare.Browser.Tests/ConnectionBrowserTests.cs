using System.Text.RegularExpressions;
using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// Connection and progress in the UI's language (issue 25, 4): a dropped circuit shows our bar, not Blazor's English
/// modal, without moving the page; a click whose answer is slow shows progress on the content. The test makes the
/// network fail or hold itself (a routed WebSocket and its own gates), never a link that happens to be slow.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public partial class ConnectionBrowserTests(DashboardFixture dashboard)
{
    [Theory]
    [InlineData("/", "Mất kết nối tới máy chủ. Đang kết nối lại…")]
    [InlineData("/?lang=en", "The connection to the server was interrupted. Reconnecting…")]
    public async Task ADroppedConnectionShowsOurBarInThePagesLanguageAndThePageStaysPut(string address, string retrying)
    {
        await using var page = await dashboard.NewPageAsync(Chromium.Desktop);
        var offline = false;
        IWebSocketRoute? live = null;
        await page.Page.RouteWebSocketAsync(Circuit(), ws =>
        {
            live = ws;
            ws.ConnectToServer();
        });
        // While "offline", Blazor's attempts to reconnect fail at their first request.
        await page.Page.RouteAsync("**/_blazor/negotiate**", route => offline ? route.AbortAsync() : route.ContinueAsync());
        await page.OpenAsync(address);
        var bar = page.ByTestId("reconnect");
        Assert.False(await bar.IsVisibleAsync());
        var before = await page.Page.Locator(".ec-content").BoundingBoxAsync();

        offline = true;
        await live!.CloseAsync();
        await bar.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 60_000 });
        Assert.StartsWith(retrying, Spaces().Replace((await bar.InnerTextAsync()).Trim(), " "), StringComparison.Ordinal);
        Assert.Equal(0, await page.Page.Locator(".components-reconnect-first-attempt-visible, .components-rejoining-animation").CountAsync());
        var during = await page.Page.Locator(".ec-content").BoundingBoxAsync();
        Assert.Equal(before!.Y, during!.Y);
        Assert.Equal(before.Height, during.Height);

        offline = false;
        await bar.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = 60_000 });
        await page.WaitInteractiveAsync();
    }

    [Fact]
    public async Task AClickWhoseAnswerIsSlowShowsProgressOnTheContentUntilTheAnswerComes()
    {
        await using var page = await dashboard.NewPageAsync(Chromium.Desktop);
        var hold = false;
        var held = new List<IWebSocketFrame>();
        IWebSocketRoute? server = null;
        await page.Page.RouteWebSocketAsync(Circuit(), ws =>
        {
            server = ws.ConnectToServer();
            ws.OnMessage(message =>
            {
                lock (held)
                {
                    if (hold)
                    {
                        held.Add(message);
                        return;
                    }
                }

                Forward(server, message);
            });
        });
        await page.OpenAsync("/");
        Assert.Equal("16.991,5", await page.TextAsync("total-all"));

        lock (held)
        {
            hold = true; // the click's message waits here, as on a slow link
        }

        await page.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Thái Bình", Exact = true }).ClickAsync();
        await page.Page.Locator("html.ec-pending").WaitForAsync(Attached);
        Assert.Equal("16.991,5", await page.TextAsync("total-all"));
        Assert.NotEqual("1", await page.ByTestId("view-body").EvaluateAsync<string>("e => getComputedStyle(e).opacity"));

        lock (held)
        {
            hold = false;
            foreach (var message in held)
            {
                Forward(server!, message);
            }
        }

        await page.WaitForTextAsync("total-all", "12.101,5");
        await page.Page.Locator("html:not(.ec-pending)").WaitForAsync(Attached);
    }

    // Blazor's circuit speaks a binary protocol (MessagePack); the handshake is text.
    private static void Forward(IWebSocketRoute to, IWebSocketFrame message)
    {
        if (message.Binary is { } bytes)
        {
            to.Send(bytes);
        }
        else
        {
            to.Send(message.Text ?? string.Empty);
        }
    }

    // The timeout only guards against a hang.
    private static LocatorWaitForOptions Attached => new() { State = WaitForSelectorState.Attached, Timeout = 60_000 };

    private static Regex Circuit() => new("/_blazor(\\?|$)");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
