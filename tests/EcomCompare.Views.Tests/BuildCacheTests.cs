using EcomCompare.Cube.Build;
using EcomCompare.Cube.Store;
using EcomCompare.Views.Caching;

namespace EcomCompare.Views.Tests;

/// <summary>The one cache per cube build: shared work, bounds, a build's values kept apart, failures not kept.</summary>
public sealed class BuildCacheTests : IDisposable
{
    private static readonly CubeIdentity One = new("b1", DateTimeOffset.UnixEpoch, "f");
    private static readonly CubeIdentity Rebuilt = One with { BuiltAt = DateTimeOffset.UnixEpoch.AddMinutes(1) };
    private readonly CubeStore _store = new(new CubeStoreOptions { Path = Path.Combine(Path.GetTempPath(), "no-cube.duckdb") });
    private readonly BuildCache _cache;

    public BuildCacheTests() => _cache = new BuildCache(_store);

    public void Dispose()
    {
        _cache.Dispose();
        _store.Dispose();
    }

    [Fact]
    public async Task CallersAskingAtTheSameTimeShareOneWork()
    {
        var region = _cache.Region<string>("shared", 8);
        var made = 0;
        var gate = new TaskCompletionSource();
        async Task<string> Make(CancellationToken _)
        {
            Interlocked.Increment(ref made);
            await gate.Task;
            return "value";
        }

        var first = region.GetOrAddAsync(One, "k", Make, CancellationToken.None);
        var second = region.GetOrAddAsync(One, "k", Make, CancellationToken.None);
        gate.SetResult();
        Assert.Equal(["value", "value"], await Task.WhenAll(first, second));
        Assert.Equal(1, made);
        Assert.Equal("value", await region.GetOrAddAsync(One, "k", Make, CancellationToken.None));
        Assert.Equal(1, made);
    }

    [Fact]
    public async Task ARebuildOfTheSameSourcesIsAnotherBuild()
    {
        var region = _cache.Region<string>("builds", 8);
        region.Set(One, "k", "old");
        Assert.True(region.TryGet(One, "k", out _));
        Assert.False(region.TryGet(Rebuilt, "k", out _));
        Assert.Equal("new", await region.GetOrAddAsync(Rebuilt, "k", _ => Task.FromResult("new"), CancellationToken.None));
    }

    [Fact]
    public void ClearingDropsEveryRegion()
    {
        var a = _cache.Region<string>("a", 8);
        var b = _cache.Region<string>("b", 8);
        a.Set(One, "k", "x");
        b.Set(One, "k", "y");
        _cache.Clear();
        Assert.Equal((0, 0), (a.Count, b.Count));
    }

    [Fact]
    public void TheLeastRecentlyUsedGoFirstAndTooLargeValuesAreNotKept()
    {
        var region = _cache.Region<string>("bounded", maxEntries: 2, maxBytes: 10, maxEntryBytes: 6, size: v => v.Length);
        region.Set(One, "a", "aaa");
        region.Set(One, "b", "bbb");
        Assert.True(region.TryGet(One, "a", out _)); // a is now more recent than b
        region.Set(One, "c", "ccc");
        Assert.True(region.TryGet(One, "a", out _));
        Assert.False(region.TryGet(One, "b", out _));
        region.Set(One, "big", "0123456789");
        Assert.False(region.TryGet(One, "big", out _));
        Assert.Equal(2, region.Count);
    }

    [Fact]
    public async Task AFailureIsNotKept()
    {
        var region = _cache.Region<string>("failures", 8);
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => region.GetOrAddAsync(One, "k", _ => throw new InvalidOperationException(), CancellationToken.None));
        Assert.Equal(0, region.Count);
        Assert.Equal("ok", await region.GetOrAddAsync(One, "k", _ => Task.FromResult("ok"), CancellationToken.None));
    }

    [Fact]
    public async Task WorkEveryCallerGaveUpOnIsStoppedAndNotKept()
    {
        var region = _cache.Region<string>("abandoned", 8);
        var stopped = new TaskCompletionSource();
        using var leaving = new CancellationTokenSource();
        var waiting = region.GetOrAddAsync(One, "k", async stop =>
        {
            using var registration = stop.Register(() => stopped.SetResult());
            await Task.Delay(Timeout.Infinite, stop);
            return "never";
        }, leaving.Token, stopWhenAbandoned: true);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, region.Count);
    }
}
