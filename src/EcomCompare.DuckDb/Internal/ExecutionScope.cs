using System.Globalization;
using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;

namespace EcomCompare.DuckDb.Internal;

/// <summary>
/// The window during which one command runs on a connection (from prepare until its reader is exhausted or
/// closed). It owns the timeout timer and the cancellation-token registration, and is the only place that calls
/// <c>duckdb_interrupt</c>: under a lock, and only while the window is open, so a late timer can never interrupt
/// the NEXT command on the connection. DuckDB resets its interrupt flag when a query starts, so callers also check
/// <see cref="ThrowIfInterrupted"/> between steps to catch an interrupt that landed before the query began.
/// </summary>
internal sealed class ExecutionScope : IDisposable
{
    private readonly ConnectionHandle _connection;
    private readonly Action<ExecutionScope>? _onEnded;
    private readonly object _gate = new();
    private readonly Timer? _timer;
    private readonly CancellationToken _token;
    private CancellationTokenRegistration _registration;
    private InterruptCause _cause;
    private bool _ended;
    private Exception? _translated;

    public ExecutionScope(ConnectionHandle connection, object? owner, int timeoutSeconds, CancellationToken token, Action<ExecutionScope>? onEnded)
    {
        _connection = connection;
        _onEnded = onEnded;
        _token = token;
        Owner = owner;
        TimeoutSeconds = timeoutSeconds;
        if (timeoutSeconds > 0)
        {
            _timer = new Timer(static state => ((ExecutionScope)state!).Interrupt(InterruptCause.Timeout), this, TimeSpan.FromSeconds(timeoutSeconds), Timeout.InfiniteTimeSpan);
        }

        if (token.CanBeCanceled)
        {
            _registration = token.UnsafeRegister(static state => ((ExecutionScope)state!).Interrupt(InterruptCause.Token), this);
        }
    }

    public enum InterruptCause
    {
        None,
        Timeout,
        Cancel,
        Token,
    }

    /// <summary>The command that runs in this window (for <c>DbCommand.Cancel</c>).</summary>
    public object? Owner { get; }

    public int TimeoutSeconds { get; }

    public InterruptCause Cause
    {
        get
        {
            lock (_gate)
            {
                return _cause;
            }
        }
    }

    public void Interrupt(InterruptCause cause)
    {
        lock (_gate)
        {
            if (_ended || _cause != InterruptCause.None)
            {
                return;
            }

            _cause = cause;
            try
            {
                NativeMethods.duckdb_interrupt(_connection);
            }
            catch (ObjectDisposedException)
            {
                // The connection is being closed; nothing left to interrupt.
            }
        }
    }

    public void ThrowIfInterrupted()
    {
        if (Cause != InterruptCause.None)
        {
            throw Translate(null);
        }
    }

    /// <summary>Maps a DuckDB error to the exception the caller sees (timeout/cancel wording when we interrupted).</summary>
    public Exception Translate(DuckDbException? error)
    {
        if (error is not null && ReferenceEquals(error, _translated))
        {
            return error; // already produced here (ThrowIfInterrupted inside a try that translates)
        }

        _translated = Create(error);
        return _translated;
    }

    private Exception Create(DuckDbException? error)
    {
        var detail = error is null ? string.Empty : " DuckDB reported: " + error.Message;
        return Cause switch
        {
            InterruptCause.Timeout => new DuckDbException(
                string.Create(CultureInfo.InvariantCulture, $"The command exceeded its time limit of {TimeoutSeconds} s (CommandTimeout) and was interrupted.{detail}"),
                DuckDbErrorType.Interrupt, isTimeout: true, error),
            InterruptCause.Cancel => new DuckDbException(
                "The command was cancelled (DbCommand.Cancel) and interrupted." + detail,
                DuckDbErrorType.Interrupt, isTimeout: false, error),
            InterruptCause.Token => new OperationCanceledException(
                "The command was cancelled through its CancellationToken and interrupted." + detail,
                new DuckDbException("Interrupted through a CancellationToken." + detail, DuckDbErrorType.Interrupt, isTimeout: false, error),
                _token),
            _ => error ?? new DuckDbException("The command failed.", DuckDbErrorType.Invalid),
        };
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
        }

        _timer?.Dispose();
        _registration.Dispose();
        _onEnded?.Invoke(this);
    }
}
