using System.Diagnostics;
using EcomCompare.Cube.Query;

namespace EcomCompare.Dashboard.Data;

/// <summary>
/// The dashboard's door to the cube: the shared <see cref="CubeQueries"/> layer, each call counted into the view's
/// <see cref="WorkTally"/> and the process-wide <see cref="QueryMeter"/>. Every number on screen comes through
/// here; the dashboard has no SQL text and no copy of the data of its own.
/// </summary>
internal sealed class DashboardQueries(CubeQueries queries, QueryMeter meter)
{
    /// <summary>The shared query layer.</summary>
    public CubeQueries Cube => queries;

    /// <summary>
    /// A gate every query waits for before it runs (null in production). The real cube answers in milliseconds, so
    /// this is how a test holds a load for as long as it needs — past the loading indicator's threshold — and then
    /// lets it finish by completing the task: the slowness is the test's, not a timer a busy machine can outrun.
    /// </summary>
    internal Task? Hold { get; set; }

    /// <summary><see cref="CubeQueries.AskAsync(CubeQuestion, CancellationToken)"/>.</summary>
    public Task<CubeResult> AskAsync(CubeQuestion question, WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.AskAsync(question, cancellation), work);

    /// <summary><see cref="CubeQueries.PivotAsync"/> (two queries: the column members, then the pivot).</summary>
    public Task<PivotResult> PivotAsync(
        IReadOnlyList<CubeDimension> rows, CubeDimension column, CubeSlice slice, CubeTotals totals, Language language, WorkTally work,
        CancellationToken cancellation) =>
        Measure(() => queries.PivotAsync(rows, column, slice, totals, language, cancellation), work, count: 2);

    /// <summary><see cref="CubeQueries.ProvincesAsync"/>.</summary>
    public Task<IReadOnlyList<ProvinceRecord>> ProvincesAsync(WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.ProvincesAsync(cancellation), work);

    /// <summary><see cref="CubeQueries.CategoriesAsync"/>.</summary>
    public Task<IReadOnlyList<NamedMember>> CategoriesAsync(WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.CategoriesAsync(cancellation), work);

    /// <summary><see cref="CubeQueries.SourcesAsync"/>.</summary>
    public Task<IReadOnlyList<NamedMember>> SourcesAsync(WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.SourcesAsync(cancellation), work);

    /// <summary><see cref="CubeQueries.DiscrepanciesAsync"/>.</summary>
    public Task<IReadOnlyList<DiscrepancyRecord>> DiscrepanciesAsync(WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.DiscrepanciesAsync(cancellation: cancellation), work);

    /// <summary><see cref="CubeQueries.WarningsAsync"/>.</summary>
    public Task<IReadOnlyList<WarningRecord>> WarningsAsync(WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.WarningsAsync(cancellation), work);

    /// <summary><see cref="CubeQueries.DocumentContextAsync"/>.</summary>
    public Task<IReadOnlyList<DocumentLine>> DocumentContextAsync(
        string document, int line, int radius, WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.DocumentContextAsync(document, line, radius, cancellation), work);

    /// <summary><see cref="CubeQueries.TargetsAsync"/>: the 2025 targets of some provinces (all when none given).</summary>
    public Task<IReadOnlyList<TargetRecord>> TargetsAsync(IReadOnlyList<string> provinces, WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.TargetsAsync(provinces, cancellation), work);

    /// <summary><see cref="CubeQueries.IndicatorsAsync"/>.</summary>
    public Task<IReadOnlyList<IndicatorRecord>> IndicatorsAsync(WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.IndicatorsAsync(cancellation), work);

    /// <summary><see cref="CubeQueries.ItemSourcesAsync"/>: where each item of a slice is written (document and lines).</summary>
    public Task<IReadOnlyList<ItemSource>> ItemSourcesAsync(CubeSlice slice, WorkTally work, CancellationToken cancellation) =>
        Measure(() => queries.ItemSourcesAsync(slice, cancellation), work);

    private async Task<T> Measure<T>(Func<Task<T>> run, WorkTally work, int count = 1)
    {
        if (Hold is { } hold)
        {
            await hold.ConfigureAwait(false);
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            return await run().ConfigureAwait(false);
        }
        finally
        {
            var ticks = Stopwatch.GetTimestamp() - start;
            for (var i = 0; i < count; i++)
            {
                var share = i == 0 ? ticks - (ticks / count * (count - 1)) : ticks / count;
                work.Add(share);
                meter.Total.Add(share);
            }
        }
    }
}
