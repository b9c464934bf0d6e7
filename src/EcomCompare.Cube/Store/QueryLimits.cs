namespace EcomCompare.Cube.Store;

/// <summary>How many queries of one <see cref="CubeWorkload"/> may run and wait at once (<see cref="QueryGate"/>).</summary>
/// <param name="Concurrent">Queries running at once.</param>
/// <param name="Queued">Queries waiting for a place beyond those; one more is refused at once.</param>
/// <param name="MaxWait">Longest wait for a place; then the query is refused.</param>
/// <param name="RetryAfter">What a refusal tells the client to wait before trying again.</param>
public sealed record QueryLimits(int Concurrent, int Queued, TimeSpan MaxWait, TimeSpan RetryAfter);

/// <summary>Whose query it is: each kind has its own <see cref="QueryLimits"/>, so one cannot crowd out the other.</summary>
public enum CubeWorkload
{
    /// <summary>The service's own statements (dashboard, charts, workbooks, summary): fixed shapes, small and fast.</summary>
    Fixed,

    /// <summary>Statements shaped by the client (OData <c>$filter</c>/<c>$apply</c>): may be as expensive as the limits allow.</summary>
    AdHoc,
}
