using System.Net;
using EcomCompare.Access;
using EcomCompare.Access.SignIn;
using Microsoft.Extensions.Time.Testing;

namespace EcomCompare.Host.Tests.Access;

/// <summary>
/// Issue 23 (4): failed sign-ins slow the guesser down — by name and address, by address, and globally — exactly
/// (5 means 5 under concurrency), without ever locking the account out for its owner.
/// </summary>
public sealed class ThrottleTests
{
    private const string Password = "mật-khẩu-dài";

    [Fact]
    public void AHundredParallelGuessesGetExactlyTheAllowanceChecked()
    {
        var throttle = new SignInThrottle(new AccessOptions(), new FakeTimeProvider(DateTimeOffset.UtcNow));
        var guesser = IPAddress.Parse("10.0.0.1");
        var attempts = new SignInThrottle.Attempt[100];
        Parallel.For(0, 100, i => attempts[i] = throttle.Begin(guesser, "lan"));
        var allowed = attempts.Where(a => a.RetryAfter is null).ToList();
        Assert.Equal(5, allowed.Count);
        Parallel.ForEach(allowed, a => a.Failed());
        Assert.Equal(5, throttle.FailuresFrom(guesser));
        Assert.True(throttle.Begin(guesser, "lan").RetryAfter >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void TheDelayDoublesWithEachFailureAndTheOwnerElsewhereIsNeverSlowed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var throttle = new SignInThrottle(new AccessOptions(), clock);
        var guesser = IPAddress.Parse("10.0.0.1");
        for (var i = 0; i < 5; i++)
        {
            throttle.Begin(guesser, "lan").Failed();
        }

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            var wait = throttle.Begin(guesser, "lan").RetryAfter!.Value;
            waits.Add(wait);
            clock.Advance(wait);
            throttle.Begin(guesser, "lan").Failed();
        }

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120)], waits);
        // The account is not locked: its owner, from their own address, is checked at once.
        var owner = throttle.Begin(IPAddress.Parse("10.0.0.2"), "lan");
        Assert.Null(owner.RetryAfter);
        owner.Succeeded();
    }

    [Fact]
    public void ASprayOverManyNamesFromRotatingAddressesIsThrottledByTheGlobalBudget()
    {
        var throttle = new SignInThrottle(new AccessOptions { FailedSignInBudget = 50 }, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var refused = 0;
        for (var i = 0; i < 217; i++)
        {
            var attempt = throttle.Begin(IPAddress.Parse($"10.1.{i / 250}.{i % 250}"), "user" + i);
            if (attempt.RetryAfter is not null)
            {
                refused++;
                continue;
            }

            attempt.Failed();
        }

        Assert.Equal(217 - 50, refused);
    }

    [Fact]
    public void ASprayFromOneAddressIsThrottledByTheAddressAllowance()
    {
        var throttle = new SignInThrottle(new AccessOptions(), new FakeTimeProvider(DateTimeOffset.UtcNow));
        var checkedCount = 0;
        for (var i = 0; i < 100; i++)
        {
            var attempt = throttle.Begin(IPAddress.Parse("10.0.0.9"), "user" + i);
            if (attempt.RetryAfter is null)
            {
                checkedCount++;
                attempt.Failed();
            }
        }

        Assert.Equal(20, checkedCount);
    }

    [Fact]
    public async Task FiveWrongPasswordsFromOneAddressDoNotLockTheUserOutElsewhere()
    {
        await using var harness = await AccessHarness.StartAsync([("lan", Password)], null, "--Access:TrustedProxies:0", "127.0.0.1");
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", "wrong-" + i), forwardedFor: "10.0.0.1");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using (var blocked = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password), forwardedFor: "10.0.0.1"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
            Assert.True(blocked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }

        // The user's Excel from their own address, and their browser through the form.
        using (var excel = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password), forwardedFor: "10.0.0.2"))
        {
            Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        }

        var cookies = new CookieContainer();
        using var browser = harness.Browser(cookies);
        await AccessHarness.SignInAsync(browser, cookies, "lan", Password, forwardedFor: "10.0.0.3");
    }

    [Fact]
    public async Task AHundredParallelBasicGuessesGetExactlyFive401s()
    {
        await using var harness = await AccessHarness.StartAsync([("lan", Password)]);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            using var response = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", "wrong-" + i));
            return response.StatusCode;
        }));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(95, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task ClientsWithVerifiedCredentialsAreNotSlowedDuringASpray()
    {
        await using var harness = await AccessHarness.StartAsync(
            [("lan", Password)], null, "--Access:TrustedProxies:0", "127.0.0.1", "--Access:FailedSignInBudget", "5");
        using (var first = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password), forwardedFor: "10.0.0.2"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var guess = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("name" + i, "guess"), forwardedFor: $"10.9.0.{i}");
            statuses.Add(guess.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], statuses);
        using var excel = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password), forwardedFor: "10.0.0.2");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
    }
}
