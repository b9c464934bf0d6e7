using System.Data;
using System.Data.Common;

namespace EcomCompare.DuckDb;

/// <summary>
/// A DuckDB transaction (BEGIN TRANSACTION … COMMIT/ROLLBACK) on one connection. Disposing it without
/// <see cref="Commit"/> rolls it back. Every command of the connection takes part while it is pending.
/// </summary>
public sealed class DuckDbTransaction : DbTransaction
{
    private readonly DuckDbConnection _connection;
    private bool _completed;

    internal DuckDbTransaction(DuckDbConnection connection, IsolationLevel isolationLevel)
    {
        _connection = connection;
        IsolationLevel = isolationLevel == IsolationLevel.Unspecified ? IsolationLevel.Snapshot : isolationLevel;
    }

    /// <summary>The connection, or null once the transaction is committed or rolled back.</summary>
    public new DuckDbConnection? Connection => _completed ? null : _connection;

    /// <summary>Always <see cref="IsolationLevel.Snapshot"/>: DuckDB's isolation.</summary>
    public override IsolationLevel IsolationLevel { get; }

    /// <inheritdoc />
    protected override DbConnection? DbConnection => Connection;

    /// <summary>Commits. If DuckDB rejects the commit (e.g. a conflict) the transaction is rolled back and the error thrown.</summary>
    public override void Commit() => Complete("COMMIT");

    /// <summary>Rolls back, discarding every change made since <c>BeginTransaction</c>.</summary>
    public override void Rollback() => Complete("ROLLBACK");

    internal void OnConnectionClosed() => _completed = true;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_completed)
        {
            try
            {
                if (_connection.State == ConnectionState.Open)
                {
                    Rollback();
                }
            }
            catch (DuckDbException)
            {
                // DuckDB may already have ended an aborted transaction; nothing is left to undo.
            }
            finally
            {
                _completed = true;
                if (ReferenceEquals(_connection.Transaction, this))
                {
                    _connection.Transaction = null;
                }
            }
        }

        base.Dispose(disposing);
    }

    private void Complete(string sql)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }

        try
        {
            _connection.ExecuteControl(sql);
        }
        finally
        {
            _completed = true;
            _connection.Transaction = null;
        }
    }
}
