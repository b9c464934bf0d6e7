using System.Diagnostics;

namespace EcomCompare.Dashboard.Data;

/// <summary>
/// The cube work one view load caused: how many queries and how long they ran. Shown in the page footer and read
/// by the benchmark, so "what does a click cost the server" is answered by the server itself.
/// </summary>
public sealed class WorkTally
{
    private int _queries;
    private long _ticks;

    /// <summary>Number of cube queries.</summary>
    public int Queries => Volatile.Read(ref _queries);

    /// <summary>Their total run time.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _ticks));

    /// <summary>Adds one query that took <paramref name="ticks"/> (Stopwatch ticks).</summary>
    public void Add(long ticks)
    {
        Interlocked.Increment(ref _queries);
        Interlocked.Add(ref _ticks, ticks);
    }
}
