using System.Net;
using System.Text.Json;
using EcomCompare.Cube.Store;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.Host.Tests.Access;

/// <summary>
/// Issue 23 (3): one user flooding the OData service takes one place and a bounded queue of their own; another user's
/// query still gets to the cube, and the flood beyond the share is refused 429 for the flooder only.
/// </summary>
public sealed class FairShareTests
{
    private const string Password = "mật-khẩu-dài";

    [Fact]
    public async Task AFloodingUserCannotKeepAnotherUserFromTheCube()
    {
        await using var harness = await AccessHarness.StartAsync(
            [("flood", Password), ("lan", Password)], null,
            "--Cube:MaxConcurrentQueries", "1", "--FairShare:ODataPerUser", "1", "--FairShare:ODataQueuePerUser", "2");
        var store = harness.Server.Services.GetRequiredService<CubeStore>();
        // The test holds the cube's one place for client queries: what reaches the cube waits there, visibly.
        CubeLease? held = await store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None);
        try
        {
            var first = harness.GetAsync("odata/BudgetLines?$top=1&n=0", AccessHarness.Basic("flood", Password));
            await WaitForAsync(() => store.Waiting(CubeWorkload.AdHoc) == 1);

            // Three more from the flooder: two wait in their own queue, one is refused at once.
            var more = Enumerable.Range(1, 3).Select(i => harness.GetAsync($"odata/BudgetLines?$top=1&n={i}", AccessHarness.Basic("flood", Password))).ToList();
            var refused = await Task.WhenAny(more);
            Assert.Equal(HttpStatusCode.TooManyRequests, (await refused).StatusCode);
            Assert.NotNull((await refused).Headers.RetryAfter);
            using (var json = JsonDocument.Parse(await (await refused).Content.ReadAsStringAsync()))
            {
                Assert.Equal("TooManyRequests", json.RootElement.GetProperty("error").GetProperty("code").GetString());
            }

            // The other user's query is not behind the flooder's queue: it reaches the cube's own queue.
            var other = harness.GetAsync("odata/BudgetLines?$top=1&n=other", AccessHarness.Basic("lan", Password));
            await WaitForAsync(() => store.Waiting(CubeWorkload.AdHoc) == 2);
            Assert.Equal(2, more.Count(t => !t.IsCompleted)); // the flooder's two queued are still behind their own first
            held.Dispose();
            held = null;
            Assert.Equal(HttpStatusCode.OK, (await other).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
            Assert.Equal(2, (await Task.WhenAll(more)).Count(r => r.StatusCode == HttpStatusCode.OK));
        }
        finally
        {
            held?.Dispose();
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        // A guard against hanging, far above the milliseconds this takes; the test waits for the event itself.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the server never got there");
            await Task.Yield();
            await Task.Delay(5);
        }
    }
}
