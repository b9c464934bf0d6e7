using EcomCompare.Access.Users;
using EcomCompare.Browser.Tests.Support;
using EcomCompare.Testing;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// The dashboard behind sign-in, in Chromium against the published server with a users file: a visitor lands on the
/// sign-in page, a wrong password is refused there, the right one opens the page they asked for — live (the
/// circuit connects through the signed-in cookie) and with no console errors under the Content-Security-Policy.
/// </summary>
[Trait("Kind", "Browser")]
public sealed class SignInBrowserTests : IAsyncLifetime
{
    private const string User = "analyst";
    private const string Password = "Cần-Thơ-2025";
    private readonly string _users = Path.Combine(Path.GetTempPath(), "ecomcompare-browser-users-" + Guid.NewGuid().ToString("N") + ".tsv");
    private PublishedServer _server = null!;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(_users, $"{User}\t{PasswordHash.Create(Password, iterations: 1_000)}\n");
        _server = await PublishedServer.StartAsync(null, "--Access:UsersFile", _users);
        _browser = await BrowserSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
        File.Delete(_users);
    }

    [Fact]
    public async Task AVisitorSignsInAndLandsOnThePageTheyAskedFor()
    {
        await using var page = await _browser.NewPageAsync(_server.BaseAddress);
        await page.Page.GotoAsync("/trends?provinces=can-tho");
        Assert.Contains("/signin?returnUrl=", page.Page.Url, StringComparison.Ordinal);

        await page.Page.Locator("#user").FillAsync(User);
        await page.Page.Locator("#password").FillAsync("sai-mật-khẩu");
        await page.ByTestId("signin-submit").ClickAsync();
        Assert.Equal("Sai tên người dùng hoặc mật khẩu.", (await page.TextAsync("signin-error")).Trim());

        await page.Page.Locator("#user").FillAsync(User);
        await page.Page.Locator("#password").FillAsync(Password);
        await page.ByTestId("signin-submit").ClickAsync();
        await page.Page.WaitForURLAsync("**/trends?provinces=can-tho");
        await page.WaitInteractiveAsync();
        Assert.Equal("664,3", await page.TextAsync("trend-can-tho-local-2021"));

        // The only problems recorded are the refused password's 401 (the response, and Chromium's console line about
        // it): nothing else failed, and the Content-Security-Policy blocked nothing.
        Assert.Contains("HTTP 401: " + new Uri(_server.BaseAddress, "signin"), page.Problems);
        Assert.All(page.Problems, problem => Assert.Contains("401", problem, StringComparison.Ordinal));
        Assert.Equal(2, page.Problems.Count);
    }
}
