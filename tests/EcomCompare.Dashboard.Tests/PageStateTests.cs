using EcomCompare.Cube.Build;
using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;
using EcomCompare.Ingestion;
using EcomCompare.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EcomCompare.Dashboard.Tests;

/// <summary>What every page does around its numbers: errors, bad addresses, slow loads, a cube rebuilt underneath.</summary>
public sealed class PageStateTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("ecomcompare-dashboard-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public async Task AMissingCubeShowsAnErrorPanelNotABrokenPage()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/", Path.Combine(_scratch.FullName, "missing.duckdb"));
        Assert.Empty(page.Errors);
        Assert.Contains("make cube", page.Text("error-panel"), StringComparison.Ordinal);
        Assert.True(page.Has("error-retry"));
        Assert.True(page.Has("footer"));
    }

    [Fact]
    public async Task AMalformedAddressSaysWhatIsWrongAndLinksToTheUnfilteredPage()
    {
        await using var page = await PageHarness.OpenAsync<Trends>("/trends?years=2025-2021");
        var panel = page.Find("error-panel");
        // In the UI's language (issue 25): the Vietnamese page says it in Vietnamese.
        Assert.Contains("„years” bị ngược: „2025-2021”", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains("years=2021-2025", panel.TextContent, StringComparison.Ordinal);
        Assert.Equal("trends", panel.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/?provinces=ha-noi,can-tho", "Tỉnh/thành phố: không có „ha-noi” trong dữ liệu (có: binh-dinh, thai-binh, can-tho)")]
    [InlineData("/?years=2030&lang=en", "Years: the data has no “2030” (it has: 2021–2025)")]
    [InlineData(
        "/?sources=state&categories=policy,roads&lang=en",
        "Funding sources: the data has no “state” (it has: central, local, enterprise) · Categories: the data has no “roads”")]
    public async Task UnknownValuesInTheAddressAreNamedInsteadOfEmptyCharts(string address, string message)
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>(address);
        Assert.Contains(message, page.Text("error-panel"), StringComparison.Ordinal);
        Assert.False(page.Has("split-table"));
    }

    [Fact]
    public async Task ReloadsWhenTheCubeIsRebuiltUnderneath()
    {
        var cube = TestCube.BuildInto(_scratch.FullName);
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/", cube);
        Assert.True(page.Has("split-row-can-tho"));
        page.Watcher.Check();

        // The documents change: Cần Thơ's plan is taken out of the manifest, and the cube is rebuilt in place.
        CubeBuilder.Build(PlanIngestor.Ingest(SourcesWithout("can-tho"), RepoPaths.Categories), cube);
        page.Watcher.Check();

        await page.WaitForAsync(() => !page.Has("split-row-can-tho"), "Cần Thơ is gone after the rebuild");
        Assert.Equal("6.860", page.Text("total-binh-dinh"));
        Assert.Contains("dựng lại", page.Text("notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenCubeShowsTheErrorAndTheRebuiltCubeBringsTheNumbersBack()
    {
        var cube = TestCube.BuildInto(_scratch.FullName);
        await using var page = await PageHarness.OpenAsync<Trends>("/trends", cube);
        page.Watcher.Check();

        await File.WriteAllTextAsync(cube + ".broken", "not a cube");
        File.Move(cube + ".broken", cube, overwrite: true);
        page.Watcher.Check();
        await page.WaitForAsync(() => page.Has("error-panel"), "the error panel");
        Assert.Empty(page.Errors);

        TestCube.BuildInto(_scratch.FullName);
        page.Watcher.Check();
        await page.WaitForTextAsync("trend-can-tho-central-2021", "102");
        Assert.False(page.Has("error-panel"));
    }

    [Fact]
    public async Task ASlowLoadShowsTheLoadingIndicatorOverTheOldNumbersUntilTheNewOnesArrive()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/");
        Assert.False(page.Has("loading"));

        // The load is held until the test lets it go: however busy the machine, it is still loading when looked at.
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Queries.Hold = hold.Task;
        await page.NavigateAsync("?mode=year&year=2021");
        await page.WaitForAsync(() => page.Has("loading"), "the loading indicator");
        Assert.Equal("3.785", page.Text("amount-binh-dinh-central")); // the old numbers stay, dimmed
        Assert.Contains("ec-stale", page.Find("view-body").ClassName, StringComparison.Ordinal);

        hold.SetResult();
        await page.WaitForTextAsync("amount-binh-dinh-central", "535");
        Assert.False(page.Has("loading"));
    }

    [Fact]
    public async Task NoLoadingIndicatorFlickersBeforeTheThreshold()
    {
        // The page's clock is the test's: time moves only when the test moves it, and the load is held until the
        // test lets it go, so "before the threshold" means the same on a quiet machine and a busy one.
        var time = new TimerCountingClock();
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/", time: time);
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Queries.Hold = hold.Task;
        var timers = time.Timers;
        await page.NavigateAsync("?mode=year&year=2021");
        await page.WaitForAsync(() => time.Timers > timers, "the load to start its threshold timer");

        // Just short of the threshold: a load still running shows no indicator.
        time.Advance(DashboardPage<FundingModel>.LoadingDelay - TimeSpan.FromMilliseconds(1));
        Assert.False(page.Has("loading"));
        Assert.Equal("3.785", page.Text("amount-binh-dinh-central"));

        // At the threshold the indicator comes (so the check above was not vacuous) …
        time.Advance(TimeSpan.FromMilliseconds(1));
        await page.WaitForAsync(() => page.Has("loading"), "the loading indicator at the threshold");

        // … and goes with the new numbers.
        hold.SetResult();
        await page.WaitForTextAsync("amount-binh-dinh-central", "535");
        Assert.False(page.Has("loading"));
    }

    [Fact]
    public async Task ALoadFasterThanTheThresholdNeverShowsTheIndicator()
    {
        // The clock stands still, so the threshold is never reached: however long the machine takes to answer,
        // the load is "faster than the threshold", and the indicator must not appear at any point.
        var time = new TimerCountingClock();
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/", time: time);
        var shown = false;
        await page.NavigateAsync("?mode=year&year=2021");
        await page.WaitForAsync(
            () =>
            {
                shown |= page.Has("loading");
                return page.Text("amount-binh-dinh-central") == "535";
            },
            "the 2021 numbers");
        Assert.False(shown);
        Assert.False(page.Has("loading"));
    }

    [Fact]
    public async Task TheFooterReportsTheCubeAndTheQueriesBehindTheView()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/");
        Assert.Contains(page.Store.Identity.BuildId, page.Text("footer"), StringComparison.Ordinal);
        await page.NavigateAsync("?years=2022");
        await page.WaitForTextAsync("amount-binh-dinh-central", "905");
        // A filter change asks the cube one question: the split, with CUBE subtotals and shares.
        Assert.Equal("1", page.Find("view-work").GetAttribute("data-queries"));
    }

    private string SourcesWithout(string province)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_scratch.FullName, "sources"));
        foreach (var file in Directory.GetFiles(RepoPaths.Sources))
        {
            File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)), overwrite: true);
        }

        var manifest = Path.Combine(folder.FullName, "manifest.tsv");
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.StartsWith(province + "\t", StringComparison.Ordinal)));
        return folder.FullName;
    }

    /// <summary>A fake clock that counts the timers started on it, so a test advances time only once the page waits on it.</summary>
    private sealed class TimerCountingClock : FakeTimeProvider
    {
        private int _timers;

        public int Timers => Volatile.Read(ref _timers);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
