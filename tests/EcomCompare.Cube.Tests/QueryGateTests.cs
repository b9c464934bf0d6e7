using EcomCompare.Cube.Store;

namespace EcomCompare.Cube.Tests;

/// <summary>
/// The bounded places for cube queries: a lease holds a place until it is returned; beyond the running places a
/// bounded number wait, the next is refused at once (Busy, with Retry-After), and a wait has its own bound.
/// </summary>
[Collection(CubeCollection.Name)]
public sealed class QueryGateTests(CubeFixture cube)
{
    [Fact]
    public async Task OneRunsOneWaitsAndTheNextIsRefusedAtOnceUntilAPlaceIsReturned()
    {
        using var store = new CubeStore(new CubeStoreOptions
        {
            Path = cube.Path,
            AdHocQueries = new QueryLimits(Concurrent: 1, Queued: 1, MaxWait: TimeSpan.FromMinutes(1), RetryAfter: TimeSpan.FromSeconds(3)),
        });
        var first = await store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None);
        var second = store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);
        Assert.Equal(1, store.Waiting(CubeWorkload.AdHoc));

        var refused = await Assert.ThrowsAsync<CubeQueryException>(async () => await store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None));
        Assert.Equal(CubeQueryFailure.Busy, refused.Failure);
        Assert.Equal(TimeSpan.FromSeconds(3), refused.RetryAfter);
        Assert.Equal("the cube is busy: 1 client queries are running and 1 more are waiting", refused.Message);

        // The service's own queries have places of their own: a full client queue does not hold them up.
        using (var own = store.Lease(CubeWorkload.Fixed))
        {
            Assert.Equal(
                287L, Convert.ToInt64(
                    own.Connection.ExecuteScalar(new Sql.SqlStatement("SELECT COUNT(*) FROM budget_lines", [])),
                    System.Globalization.CultureInfo.InvariantCulture));
        }

        first.Dispose();
        using var next = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, store.Waiting(CubeWorkload.AdHoc));
        Assert.Equal(
            287L, Convert.ToInt64(
                next.Connection.ExecuteScalar(new Sql.SqlStatement("SELECT COUNT(*) FROM budget_lines", [])),
                System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AWaitLongerThanItsBoundIsRefused()
    {
        using var store = new CubeStore(new CubeStoreOptions
        {
            Path = cube.Path,
            AdHocQueries = new QueryLimits(Concurrent: 1, Queued: 4, MaxWait: TimeSpan.FromMilliseconds(200), RetryAfter: TimeSpan.FromSeconds(1)),
        });
        using var held = await store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<CubeQueryException>(async () => await store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None));
        Assert.Equal(CubeQueryFailure.Busy, refused.Failure);
        Assert.Equal("the cube is busy: waited 0.2 s for one of the 1 places for client queries", refused.Message);
        Assert.Equal(0, store.Waiting(CubeWorkload.AdHoc));
    }

    [Fact]
    public async Task AWaitingCallerThatGivesUpLeavesNoPlaceTaken()
    {
        using var store = new CubeStore(new CubeStoreOptions
        {
            Path = cube.Path,
            AdHocQueries = new QueryLimits(Concurrent: 1, Queued: 1, MaxWait: TimeSpan.FromMinutes(1), RetryAfter: TimeSpan.FromSeconds(1)),
        });
        var held = await store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = store.LeaseAsync(CubeWorkload.AdHoc, cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        // The one place is free again, and the queue empty.
        using var again = await store.LeaseAsync(CubeWorkload.AdHoc, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, store.Waiting(CubeWorkload.AdHoc));
    }
}
