using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Internal;

/// <summary>
/// The C API call sequences for running statements: prepare, execute materialized, execute streaming
/// (<c>duckdb_pending_prepared_streaming</c> + <c>duckdb_execute_pending</c>), drain, rows changed. Every failure
/// becomes a <see cref="DuckDbException"/> carrying DuckDB's message and error type.
/// </summary>
internal static class NativeExecution
{
    /// <summary>Prepares one extracted statement; throws the prepare error (e.g. a Catalog or Binder error).</summary>
    public static PreparedStatementHandle Prepare(ConnectionHandle connection, ExtractedStatementsHandle statements, int index)
    {
        var prepared = new PreparedStatementHandle(connection);
        var pointer = IntPtr.Zero;
        var state = NativeMethods.duckdb_prepare_extracted_statement(connection, statements, (ulong)index, ref pointer);
        prepared.Attach(pointer);
        if (state != DuckDbState.Success)
        {
            var message = prepared.IsInvalid ? null : NativeString.Borrowed(NativeMethods.duckdb_prepare_error(prepared));
            prepared.Dispose();
            throw ErrorFactory.FromMessage(message, "DuckDB could not prepare the statement.");
        }

        return prepared;
    }

    /// <summary>Runs a statement and materializes its result (used for statements that return no rows).</summary>
    public static ResultHandle ExecuteMaterialized(PreparedStatementHandle statement)
    {
        var result = new ResultHandle(statement);
        if (NativeMethods.duckdb_execute_prepared(statement, result) != DuckDbState.Success)
        {
            var error = ErrorFactory.FromResult(result, "DuckDB could not execute the statement.");
            result.Dispose();
            throw error;
        }

        return result;
    }

    /// <summary>
    /// Runs a statement with a streaming result: SELECTs produce their rows chunk by chunk as they are fetched
    /// (other statements are materialized by DuckDB regardless).
    /// </summary>
    public static ResultHandle ExecuteStreaming(PreparedStatementHandle statement)
    {
        using var pending = new PendingResultHandle(statement);
        var pointer = IntPtr.Zero;
        var state = NativeMethods.duckdb_pending_prepared_streaming(statement, ref pointer);
        pending.Attach(pointer);
        if (state != DuckDbState.Success)
        {
            var message = pending.IsInvalid ? null : NativeString.Borrowed(NativeMethods.duckdb_pending_error(pending));
            throw ErrorFactory.FromMessage(message, "DuckDB could not start the statement.");
        }

        var result = new ResultHandle(statement);
        if (NativeMethods.duckdb_execute_pending(pending, result) != DuckDbState.Success)
        {
            var error = ErrorFactory.FromResult(result, "DuckDB could not execute the statement.");
            result.Dispose();
            throw error;
        }

        return result;
    }

    /// <summary>Rows inserted/updated/deleted, or -1 when the statement does not change rows.</summary>
    public static long RowsChanged(ResultHandle result) =>
        result.ReturnType == DuckDbResultType.ChangedRows ? (long)NativeMethods.duckdb_rows_changed(result) : -1;

    /// <summary>Fetches every remaining chunk without reading values; returns the row count.</summary>
    public static long Drain(ResultHandle result)
    {
        long rows = 0;
        while (true)
        {
            var pointer = result.FetchChunk();
            if (pointer == IntPtr.Zero)
            {
                ThrowIfFailed(result);
                return rows;
            }

            using var chunk = new DataChunkHandle(result);
            chunk.Attach(pointer);
            rows += (long)NativeMethods.duckdb_data_chunk_get_size(chunk);
        }
    }

    /// <summary>After <c>duckdb_fetch_chunk</c> returned NULL: end of data, or an error stored in the result.</summary>
    public static void ThrowIfFailed(ResultHandle result)
    {
        if (NativeMethods.duckdb_result_error(result) != IntPtr.Zero)
        {
            throw ErrorFactory.FromResult(result, "DuckDB failed while producing the result.");
        }
    }
}
