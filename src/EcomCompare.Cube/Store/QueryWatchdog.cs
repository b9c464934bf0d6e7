using System.Diagnostics;

namespace EcomCompare.Cube.Store;

/// <summary>
/// Enforces per-query time limits from one dedicated thread. DuckDB.NET ignores <c>CommandTimeout</c>; a timer on
/// the thread pool fires late exactly when it matters (many slow queries block pool threads at once), so the
/// deadlines live here and the interrupt (<c>DuckDBCommand.Cancel</c>) is sent from a thread no query can starve.
/// DuckDB clears the interrupt flag when a query starts, so an interrupt that lands just before is repeated every
/// <see cref="Repeat"/> until the query has ended.
/// </summary>
internal sealed class QueryWatchdog
{
    internal static readonly TimeSpan Repeat = TimeSpan.FromMilliseconds(100);
    private readonly object _gate = new();
    private readonly List<QueryDeadline> _active = [];

    private QueryWatchdog()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "cube query watchdog", Priority = ThreadPriority.AboveNormal };
        thread.Start();
    }

    /// <summary>The process's watchdog.</summary>
    public static QueryWatchdog Shared { get; } = new();

    /// <summary>Starts watching one query: <paramref name="interrupt"/> is called when <paramref name="limit"/> has
    /// passed or <paramref name="cancellation"/> fires.</summary>
    public QueryDeadline Watch(Action interrupt, TimeSpan limit, CancellationToken cancellation)
    {
        var deadline = new QueryDeadline(this, interrupt, limit);
        lock (_gate)
        {
            _active.Add(deadline);
            Monitor.Pulse(_gate);
        }

        deadline.Register(cancellation);
        return deadline;
    }

    internal void Forget(QueryDeadline deadline)
    {
        lock (_gate)
        {
            _active.Remove(deadline);
        }
    }

    internal void Wake()
    {
        lock (_gate)
        {
            Monitor.Pulse(_gate);
        }
    }

    private void Run()
    {
        var due = new List<QueryDeadline>();
        while (true)
        {
            lock (_gate)
            {
                var now = Stopwatch.GetTimestamp();
                var wait = Timeout.InfiniteTimeSpan;
                foreach (var deadline in _active)
                {
                    if (!deadline.Fired && deadline.DueAt == long.MaxValue)
                    {
                        continue; // no time limit, not cancelled
                    }

                    var left = Stopwatch.GetElapsedTime(now, deadline.Fired ? deadline.RepeatAt : deadline.DueAt);
                    if (left <= TimeSpan.Zero)
                    {
                        due.Add(deadline);
                        left = Repeat;
                    }

                    wait = wait == Timeout.InfiniteTimeSpan || left < wait ? left : wait;
                }

                if (due.Count == 0)
                {
                    Monitor.Wait(_gate, wait);
                    continue;
                }
            }

            foreach (var deadline in due)
            {
                deadline.Fire(QueryDeadline.Cause.Timeout);
            }

            due.Clear(); // interrupts sent (each repeats after Repeat until its query ends); look again for what is due
        }
    }
}

/// <summary>One watched query. Dispose when the query has ended (its reader closed): no interrupt is sent after that.</summary>
internal sealed class QueryDeadline : IDisposable
{
    private readonly QueryWatchdog _watchdog;
    private readonly Action _interrupt;
    private readonly object _sync = new();
    private CancellationTokenRegistration _registration;
    private int _cause;
    private long _repeatAt;
    private bool _ended;

    internal QueryDeadline(QueryWatchdog watchdog, Action interrupt, TimeSpan limit)
    {
        _watchdog = watchdog;
        _interrupt = interrupt;
        Limit = limit;
        StartedAt = Stopwatch.GetTimestamp();
        DueAt = limit > TimeSpan.Zero ? Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
    }

    internal enum Cause
    {
        None,
        Timeout,
        Cancelled,
    }

    public TimeSpan Limit { get; }

    /// <summary>When the interrupt is sent again if the query has not ended by then (<see cref="Stopwatch"/> ticks).</summary>
    public long RepeatAt => Volatile.Read(ref _repeatAt);

    /// <summary>When the query started (<see cref="Stopwatch"/> ticks).</summary>
    public long StartedAt { get; }

    public long DueAt { get; }

    public bool Fired => Volatile.Read(ref _cause) != (int)Cause.None;

    public bool TimedOut => Volatile.Read(ref _cause) == (int)Cause.Timeout;

    public bool Cancelled => Volatile.Read(ref _cause) == (int)Cause.Cancelled;

    internal void Register(CancellationToken cancellation)
    {
        if (cancellation.CanBeCanceled)
        {
            _registration = cancellation.UnsafeRegister(static state =>
            {
                var deadline = (QueryDeadline)state!;
                deadline.Fire(Cause.Cancelled);
                deadline._watchdog.Wake(); // keep repeating the interrupt until the query ends
            }, this);
        }
    }

    internal void Fire(Cause cause)
    {
        lock (_sync)
        {
            if (_ended)
            {
                return;
            }

            if (_cause == (int)Cause.None)
            {
                Volatile.Write(ref _cause, (int)cause);
            }

            Volatile.Write(ref _repeatAt, Stopwatch.GetTimestamp() + (long)(QueryWatchdog.Repeat.TotalSeconds * Stopwatch.Frequency));
            try
            {
                _interrupt();
            }
            catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
            {
                // The connection is closing: nothing left to interrupt.
            }
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
        }

        _registration.Dispose();
        _watchdog.Forget(this);
    }
}
