using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DuckDB.NET.Data;
using EcomCompare.Cube.Sql;

namespace EcomCompare.Cube.Store;

/// <summary>
/// A connection to one cube generation. Only statements rendered by <see cref="SqlRenderer"/> (values as bound
/// parameters) reach DuckDB through it. Every query runs under the time limit (<see cref="QueryWatchdog"/>),
/// streams its result, and fails only with <see cref="CubeQueryException"/> (or <see cref="OperationCanceledException"/>
/// when the caller cancelled): no DuckDB type leaves the cube.
/// </summary>
/// <remarks>Use from one thread at a time.</remarks>
public sealed class CubeConnection : IDisposable
{
    internal CubeConnection(DuckDBConnection connection) => Native = connection;

    /// <summary>The provider's connection (for the cube's own constant SQL and for tests).</summary>
    internal DuckDBConnection Native { get; }

    /// <summary>
    /// Runs a rendered statement and returns a streaming reader; the time limit covers reading too. DuckDB runs the
    /// query on the calling thread (as before: a page that renders from the cube gets its rows without yielding);
    /// the limit and <paramref name="cancellation"/> are enforced from the watchdog's own thread, which a busy
    /// thread pool cannot delay.
    /// </summary>
    /// <exception cref="CubeQueryException">The query failed or ran past <paramref name="timeoutSeconds"/>.</exception>
    public Task<DbDataReader> ExecuteReaderAsync(SqlStatement statement, int timeoutSeconds, CancellationToken cancellation)
    {
        if (cancellation.IsCancellationRequested)
        {
            return Task.FromCanceled<DbDataReader>(cancellation);
        }

        try
        {
            return Task.FromResult<DbDataReader>(Execute(statement, timeoutSeconds, cancellation));
        }
        catch (OperationCanceledException e)
        {
            return Task.FromCanceled<DbDataReader>(e.CancellationToken.IsCancellationRequested ? e.CancellationToken : cancellation);
        }
        catch (Exception e)
        {
            return Task.FromException<DbDataReader>(e);
        }
    }

    /// <summary>Runs a rendered statement on the calling thread and returns a streaming reader.</summary>
    /// <exception cref="CubeQueryException">The query failed or ran past <paramref name="timeoutSeconds"/>.</exception>
    public DbDataReader ExecuteReader(SqlStatement statement, int timeoutSeconds = 0) => Execute(statement, timeoutSeconds, CancellationToken.None);

    private CubeDataReader Execute(SqlStatement statement, int timeoutSeconds, CancellationToken cancellation)
    {
        var command = Prepare(statement);
        var deadline = QueryWatchdog.Shared.Watch(command.Cancel, TimeSpan.FromSeconds(timeoutSeconds), cancellation);
        try
        {
            return new CubeDataReader(command.ExecuteReader(), command, deadline, cancellation);
        }
        catch (Exception e) when (Translate(e, deadline, cancellation) is { } translated)
        {
            deadline.Dispose();
            command.Dispose();
            throw translated;
        }
        catch
        {
            deadline.Dispose();
            command.Dispose();
            throw;
        }
    }

    /// <summary>Runs a rendered statement that returns one value (HUGEINT as <see cref="Int128"/>).</summary>
    public object? ExecuteScalar(SqlStatement statement, int timeoutSeconds = 0)
    {
        using var reader = ExecuteReader(statement, timeoutSeconds);
        return reader.Read() ? reader.GetValue(0) : null;
    }

    /// <inheritdoc />
    public void Dispose() => Native.Dispose();

    /// <summary>
    /// What the caller sees for a failure: the time limit or the caller's cancellation when the watchdog
    /// interrupted, the classified DuckDB error otherwise; null to rethrow as it is.
    /// </summary>
    internal static Exception? Translate(Exception error, QueryDeadline deadline, CancellationToken cancellation)
    {
        if (error is CubeQueryException)
        {
            return null;
        }

        if (deadline.TimedOut)
        {
            var ranFor = Stopwatch.GetElapsedTime(deadline.StartedAt);
            return new CubeQueryException(CubeQueryFailure.Timeout,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the query ran past its time limit of {deadline.Limit.TotalSeconds} s and was interrupted after {ranFor.TotalSeconds:0.0} s"),
                        error)
            {
                TimeLimit = deadline.Limit,
                RanFor = ranFor,
            };
        }

        if (deadline.Cancelled)
        {
            return new OperationCanceledException("the query was cancelled and interrupted", error, cancellation);
        }

        return error switch
        {
            DuckDBException duckdb => QueryErrors.Classify(duckdb),
            // DuckDB.NET turns an interrupt into a bare OperationCanceledException; not ours: someone else stopped it.
            OperationCanceledException => new CubeQueryException(CubeQueryFailure.Unavailable, "the query was interrupted", error),
            _ => null,
        };
    }

    [SuppressMessage("Security", "CA2100", Justification = "Text rendered by SqlRenderer: values are bound parameters, identifiers validated.")]
    private DuckDBCommand Prepare(SqlStatement statement)
    {
        var command = Native.CreateCommand();
        command.CommandText = statement.Text;
        command.UseStreamingMode = true; // the default reader materialises the whole result first
        foreach (var value in statement.Parameters)
        {
            command.Parameters.Add(new DuckDBParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
