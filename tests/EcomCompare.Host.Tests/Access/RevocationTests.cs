using System.Net;
using System.Security.Claims;
using EcomCompare.Access;
using EcomCompare.Access.SignIn;
using EcomCompare.Access.Users;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcomCompare.Host.Tests.Access;

/// <summary>
/// Issue 23 (2): a copied sign-in cookie stops opening anything at once when its session is signed out, its user is
/// removed or their password changes, and when the session's absolute lifetime is over; a live circuit is closed.
/// </summary>
public sealed class RevocationTests
{
    private const string Password = "mật-khẩu-dài";

    [Theory]
    [InlineData("sign-out")]
    [InlineData("users remove")]
    [InlineData("password change")]
    [InlineData("users revoke")]
    public async Task ACopiedCookieIsRefusedAtOnce(string how)
    {
        await using var harness = await AccessHarness.StartAsync([("lan", Password), ("an", Password)]);
        var cookies = new CookieContainer();
        using var browser = harness.Browser(cookies);
        var copied = await AccessHarness.SignInAsync(browser, cookies, "lan", Password);
        foreach (var path in new[] { "odata/Provinces", "export/funding-split.xlsx" })
        {
            using var works = await harness.WithCookieAsync(path, copied);
            Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        }

        switch (how)
        {
            case "sign-out":
                using (var signedOut = await browser.PostAsync("signout", null))
                {
                    Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
                }

                break;
            case "users remove":
                Assert.True(new UserStore(harness.UsersFile).Remove("lan"));
                break;
            case "password change":
                new UserStore(harness.UsersFile).Set("lan", "a-new-password");
                break;
            default:
                Assert.True(new UserStore(harness.UsersFile).Revoke("lan"));
                break;
        }

        foreach (var path in new[] { "odata/Provinces", "export/funding-split.xlsx", "charts/funding-split.svg" })
        {
            using var refused = await harness.WithCookieAsync(path, copied);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // Another user's session is not touched.
        var other = new CookieContainer();
        using var otherBrowser = harness.Browser(other);
        var theirs = await AccessHarness.SignInAsync(otherBrowser, other, "an", Password);
        using var fine = await harness.WithCookieAsync("odata/Provinces", theirs);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task AnActiveSessionEndsAtItsAbsoluteLifetime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await AccessHarness.StartAsync(
            [("lan", Password)], builder => builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)),
            "--Access:SessionIdle", "1.00:00:00", "--Access:SessionLifetime", "12:00:00");
        var cookies = new CookieContainer();
        using var browser = harness.Browser(cookies);
        await AccessHarness.SignInAsync(browser, cookies, "lan", Password);
        clock.Advance(TimeSpan.FromHours(11));
        using (var active = await browser.GetAsync("odata/Provinces"))
        {
            Assert.Equal(HttpStatusCode.OK, active.StatusCode); // used all along: the idle limit is far
        }

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using var ended = await browser.GetAsync("odata/Provinces");
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
    }

    [Theory]
    [InlineData("users remove")]
    [InlineData("password change")]
    [InlineData("sign-out")]
    [InlineData("lifetime")]
    public async Task ALiveCircuitOfAnEndedSessionIsClosed(string how)
    {
        var folder = Directory.CreateTempSubdirectory("ecomcompare-circuit-").FullName;
        try
        {
            var store = new UserStore(Path.Combine(folder, "users.tsv"));
            store.Set("lan", Password);
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var options = new AccessOptions();
            var state = new AccessState(store, [], false, new AccessPaths("/odata/$batch", [], []));
            var sessions = new Sessions(store, options, clock, state);
            var user = sessions.Issue("lan");
            using var handler = new SessionCircuitHandler(new FixedUser(user), sessions, store, clock, NullLogger<SessionCircuitHandler>.Instance);
            var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            handler.Ended += why => ended.TrySetResult(why);
            var circuit = new RecordingContext();
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(circuit);
            try
            {
                await handler.OnCircuitOpenedAsync(null!, CancellationToken.None);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }

            var inbound = handler.CreateInboundActivityHandler(_ => Task.CompletedTask);
            await inbound(null!); // a click while the session holds
            Assert.False(ended.Task.IsCompleted);

            switch (how)
            {
                case "users remove":
                    new UserStore(store.Path).Remove("lan");
                    store.Refresh(); // what the server's watcher does every UsersFilePollInterval
                    break;
                case "password change":
                    store.Set("lan", "a-new-password");
                    break;
                case "sign-out":
                    sessions.SignOut(user);
                    break;
                default:
                    clock.Advance(options.SessionLifetime);
                    break;
            }

            Assert.NotEmpty(await ended.Task.WaitAsync(TimeSpan.FromSeconds(60)));
            Assert.IsType<SessionEndedException>(Assert.Single(circuit.Thrown));
            await Assert.ThrowsAsync<SessionEndedException>(() => inbound(null!));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ACircuitOpenedWithASessionThatNoLongerHoldsFailsToOpen()
    {
        var folder = Directory.CreateTempSubdirectory("ecomcompare-circuit-").FullName;
        try
        {
            var store = new UserStore(Path.Combine(folder, "users.tsv"));
            store.Set("lan", Password);
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var sessions = new Sessions(store, new AccessOptions(), clock, new AccessState(store, [], false, new AccessPaths("/b", [], [])));
            var user = sessions.Issue("lan");
            store.Remove("lan");
            using var handler = new SessionCircuitHandler(new FixedUser(user), sessions, store, clock, NullLogger<SessionCircuitHandler>.Instance);
            await Assert.ThrowsAsync<SessionEndedException>(() => handler.OnCircuitOpenedAsync(null!, CancellationToken.None));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class FixedUser(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }

    /// <summary>
    /// Stands for the circuit's renderer context: what is posted to it runs, and what it throws is recorded (the
    /// renderer would end the circuit).
    /// </summary>
    private sealed class RecordingContext : SynchronizationContext
    {
        private readonly List<Exception> _thrown = [];

        public IReadOnlyList<Exception> Thrown
        {
            get
            {
                lock (_thrown)
                {
                    return [.. _thrown];
                }
            }
        }

        public override void Post(SendOrPostCallback d, object? state)
        {
            try
            {
                d(state);
            }
            catch (Exception e)
            {
                lock (_thrown)
                {
                    _thrown.Add(e);
                }
            }
        }
    }
}
