namespace EcomCompare.Dashboard.Data;

/// <summary>
/// Process-wide counters of the dashboard's cube queries (a cheap pair of interlocked adds per query), served as
/// JSON at <c>/dashboard/metrics</c> so a benchmark can read the server's work per interaction.
/// </summary>
internal sealed class QueryMeter
{
    private readonly WorkTally _total = new();
    private long _viewLoads;

    /// <summary>Every query since start.</summary>
    public WorkTally Total => _total;

    /// <summary>Number of view loads (a page's data loaded once) since start.</summary>
    public long ViewLoads => Interlocked.Read(ref _viewLoads);

    /// <summary>Counts a view load.</summary>
    public void ViewLoaded() => Interlocked.Increment(ref _viewLoads);
}
