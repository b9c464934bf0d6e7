using System.Collections;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using EcomCompare.DuckDb.Internal;
using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Reading;

namespace EcomCompare.DuckDb;

/// <summary>
/// Streams the rows of a query chunk by chunk (<c>duckdb_fetch_chunk</c>, at most 2,048 rows each): only the
/// current chunk is in memory, whatever the size of the result. Values are read straight from DuckDB's vectors;
/// typed getters (<see cref="GetInt32"/>, <see cref="GetDecimal"/>, <see cref="GetFieldValue{T}"/>…) do not box.
/// </summary>
/// <remarks>
/// Type mapping (<see cref="GetValue"/>/<see cref="GetFieldType"/>): BOOLEAN → bool, TINYINT … BIGINT → sbyte … long,
/// UTINYINT … UBIGINT → byte … ulong, HUGEINT → <see cref="Int128"/>, FLOAT/DOUBLE → float/double, DECIMAL →
/// decimal (exact), VARCHAR/ENUM → string, BLOB → byte[], DATE → <see cref="DateOnly"/> (or DateTime through
/// <see cref="GetDateTime"/>), TIMESTAMP → DateTime, TIME → <see cref="TimeOnly"/>, UUID → Guid. Other types throw
/// <see cref="NotSupportedException"/> when read. NULL reads as <see cref="DBNull"/>; a typed getter on NULL throws
/// <see cref="InvalidCastException"/> (except <c>GetFieldValue</c> of a nullable type, which returns null).
/// Not thread-safe; closing the reader (or its connection) releases the native result.
/// </remarks>
public sealed class DuckDbDataReader : DbDataReader
{
    private readonly DuckDbConnection _connection;
    private readonly CommandBehavior _behavior;
    private readonly ResultHandle? _result;
    private readonly PreparedStatementHandle? _ownedStatement;
    private readonly ExecutionScope _scope;
    private readonly ColumnInfo[] _columns = [];
    private readonly VectorReader[] _readers = [];
    private readonly long _recordsAffected;
    private DataChunkHandle? _chunk;
    private int _chunkSize;
    private int _row = -1;
    private bool _exhausted;
    private bool _closed;

    internal DuckDbDataReader(DuckDbConnection connection, CommandBehavior behavior, ResultHandle? result, PreparedStatementHandle? ownedStatement, ExecutionScope scope, long rowsChangedBefore)
    {
        _connection = connection;
        _behavior = behavior;
        _result = result;
        _ownedStatement = ownedStatement;
        _scope = scope;
        connection.OnReaderOpened(this);
        try
        {
            var rowsChanged = result is null ? -1 : NativeExecution.RowsChanged(result);
            _recordsAffected = rowsChanged < 0 ? rowsChangedBefore : Math.Max(rowsChangedBefore, 0) + rowsChanged;
            if (result is null || result.ReturnType != Native.Interop.DuckDbResultType.QueryResult)
            {
                Finish();
                return;
            }

            var count = (int)NativeMethods.duckdb_column_count(result);
            _columns = new ColumnInfo[count];
            _readers = new VectorReader[count];
            for (var i = 0; i < count; i++)
            {
                _columns[i] = ColumnInfo.FromResult(result, i);
                _readers[i] = VectorReaderFactory.Create(_columns[i]);
            }

            HasRows = FetchChunk();
            _row = -1;
        }
        catch
        {
            Close();
            throw;
        }
    }

    /// <inheritdoc />
    public override int FieldCount => _columns.Length;

    /// <inheritdoc />
    public override bool HasRows { get; }

    /// <inheritdoc />
    public override bool IsClosed => _closed;

    /// <summary>Rows changed by the command's statements, or -1 for a query.</summary>
    public override int RecordsAffected => checked((int)_recordsAffected);

    /// <inheritdoc />
    public override int Depth => 0;

    /// <inheritdoc />
    public override object this[int ordinal] => GetValue(ordinal);

    /// <inheritdoc />
    public override object this[string name] => GetValue(GetOrdinal(name));

    /// <summary>Advances to the next row, fetching the next chunk from DuckDB when the current one is used up.</summary>
    public override bool Read()
    {
        // _chunkSize is 0 whenever there is no chunk (before the first, after the last, once closed), so one
        // compare serves every row but a chunk's last; the slow path sorts out which case it is.
        if (++_row < _chunkSize)
        {
            return true;
        }

        return ReadNextChunk();
    }

    /// <summary>Always false: a command exposes the rows of its last statement only.</summary>
    public override bool NextResult()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        Finish();
        return false;
    }

    /// <inheritdoc />
    public override string GetName(int ordinal) => Column(ordinal).Name;

    /// <summary>Column ordinal by name: exact match first, then case-insensitive.</summary>
    public override int GetOrdinal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < _columns.Length; i++)
        {
            if (string.Equals(_columns[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < _columns.Length; i++)
        {
            if (string.Equals(_columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new IndexOutOfRangeException($"No column named '{name}'. Columns: {string.Join(", ", _columns.Select(c => c.Name))}.");
    }

    /// <summary>DuckDB's type name, e.g. <c>INTEGER</c>, <c>VARCHAR</c>, <c>DECIMAL(18,3)</c>.</summary>
    public override string GetDataTypeName(int ordinal) => Column(ordinal).TypeName;

    /// <inheritdoc />
    public override Type GetFieldType(int ordinal)
    {
        Column(ordinal);
        return _readers[ordinal].FieldType;
    }

    /// <inheritdoc />
    public override bool IsDBNull(int ordinal) => Current(ordinal).IsNull(_row);

    /// <inheritdoc />
    public override object GetValue(int ordinal)
    {
        var reader = Current(ordinal);
        return reader.IsNull(_row) ? DBNull.Value : reader.GetValue(_row);
    }

    /// <inheritdoc />
    public override int GetValues(object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var count = Math.Min(values.Length, _columns.Length);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    /// <inheritdoc />
    public override bool GetBoolean(int ordinal)
    {
        var row = _row;
        return NonNull(ordinal, row, nameof(GetBoolean)).GetBoolean(row);
    }

    /// <inheritdoc />
    public override byte GetByte(int ordinal)
    {
        var row = _row;
        return NonNull(ordinal, row, nameof(GetByte)).GetByte(row);
    }

    /// <inheritdoc />
    public override short GetInt16(int ordinal)
    {
        var row = _row;
        return NonNull(ordinal, row, nameof(GetInt16)).GetInt16(row);
    }

    /// <inheritdoc />
    public override int GetInt32(int ordinal)
    {
        var row = _row;
        var reader = NonNull(ordinal, row, nameof(GetInt32));
        return reader is IntegerVectorReader<int> integer ? integer.Value(row) : reader.GetInt32(row);
    }

    /// <inheritdoc />
    public override long GetInt64(int ordinal)
    {
        // The exact-type tests below are one method-table compare each (the readers are sealed); they let the
        // common column type of each getter be read inline instead of through a virtual call.
        var row = _row;
        var reader = NonNull(ordinal, row, nameof(GetInt64));
        return reader is IntegerVectorReader<long> bigint ? bigint.Value(row) : reader.GetInt64(row);
    }

    /// <inheritdoc />
    public override float GetFloat(int ordinal)
    {
        var row = _row;
        return NonNull(ordinal, row, nameof(GetFloat)).GetFloat(row);
    }

    /// <inheritdoc />
    public override double GetDouble(int ordinal)
    {
        var row = _row;
        var reader = NonNull(ordinal, row, nameof(GetDouble));
        return reader is FloatingVectorReader<double> real ? real.Value(row) : reader.GetDouble(row);
    }

    /// <summary>DECIMAL columns are decoded exactly (scale kept: DECIMAL(18,3) 46.3 → 46.300m).</summary>
    public override decimal GetDecimal(int ordinal)
    {
        var row = _row;
        var reader = NonNull(ordinal, row, nameof(GetDecimal));
        return reader is DecimalVectorReader<long> money ? money.GetDecimal(row) : reader.GetDecimal(row);
    }

    /// <inheritdoc />
    public override string GetString(int ordinal)
    {
        var row = _row;
        var reader = NonNull(ordinal, row, nameof(GetString));
        return reader is VarcharVectorReader text ? text.GetString(row) : reader.GetString(row);
    }

    /// <summary>TIMESTAMP columns, and DATE columns at midnight.</summary>
    public override DateTime GetDateTime(int ordinal)
    {
        var row = _row;
        return NonNull(ordinal, row, nameof(GetDateTime)).GetDateTime(row);
    }

    /// <inheritdoc />
    public override Guid GetGuid(int ordinal)
    {
        var row = _row;
        return NonNull(ordinal, row, nameof(GetGuid)).GetGuid(row);
    }

    /// <inheritdoc />
    public override char GetChar(int ordinal)
    {
        var text = GetString(ordinal);
        return text.Length > 0 ? text[0] : throw new InvalidCastException($"Column '{GetName(ordinal)}' holds an empty string.");
    }

    /// <summary>Typed read without boxing, e.g. <c>GetFieldValue&lt;DateOnly&gt;</c>, <c>GetFieldValue&lt;Int128&gt;</c>, <c>GetFieldValue&lt;decimal?&gt;</c>.</summary>
    public override T GetFieldValue<T>(int ordinal)
    {
        var reader = Current(ordinal);
        if (!reader.IsNull(_row))
        {
            return reader.GetFieldValue<T>(_row);
        }

        if (typeof(T) == typeof(object) || typeof(T) == typeof(DBNull))
        {
            return (T)(object)DBNull.Value;
        }

        if (typeof(T).IsValueType && default(T) is null)
        {
            return default!; // Nullable<X>
        }

        throw NullValue(ordinal, $"GetFieldValue<{typeof(T).Name}>");
    }

    /// <inheritdoc />
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        var row = _row;
        var bytes = NonNull(ordinal, row, nameof(GetBytes)).GetBytes(row);
        if (buffer is null)
        {
            return bytes.Length;
        }

        var available = (int)Math.Max(0, Math.Min(length, bytes.Length - dataOffset));
        bytes.Slice((int)dataOffset, available).CopyTo(buffer.AsSpan(bufferOffset));
        return available;
    }

    /// <inheritdoc />
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null)
        {
            return text.Length;
        }

        var available = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.AsSpan((int)dataOffset, available).CopyTo(buffer.AsSpan(bufferOffset));
        return available;
    }

    /// <inheritdoc />
    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    /// <summary>Releases the current chunk, the native result and the prepared statement. Idempotent.</summary>
    public override void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        ReleaseChunk();
        _result?.Dispose();
        _ownedStatement?.Dispose();
        _scope.Dispose();
        _connection.OnReaderClosed(this);
        if ((_behavior & CommandBehavior.CloseConnection) != 0)
        {
            _connection.Close();
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }

    /// <summary>The string cache of a VARCHAR column (null before its second chunk): for tests and diagnostics.</summary>
    internal Utf8StringCache? StringCacheOf(int ordinal) => (Column(ordinal), _readers[ordinal]).Item2 is VarcharVectorReader text ? text.Cache : null;

    /// <summary>Fetches the next non-empty chunk and binds every column reader to it; false at the end.</summary>
    private bool FetchChunk()
    {
        ReleaseChunk();
        while (!_exhausted)
        {
            try
            {
                _scope.ThrowIfInterrupted();
                var chunk = FetchNow();
                if (chunk is null)
                {
                    Finish();
                    return false;
                }

                var size = (int)NativeMethods.duckdb_data_chunk_get_size(chunk);
                if (size == 0)
                {
                    chunk.Dispose();
                    continue;
                }

                for (var i = 0; i < _readers.Length; i++)
                {
                    _readers[i].Bind(NativeMethods.duckdb_data_chunk_get_vector(chunk, (ulong)i), size);
                }

                _chunk = chunk;
                _chunkSize = size;
                _row = 0;
                return true;
            }
            catch (DuckDbException error)
            {
                Finish();
                throw _scope.Translate(error);
            }
        }

        return false;
    }

    /// <summary>Fetches the next chunk on this thread; null at the end of the result.</summary>
    private DataChunkHandle? FetchNow()
    {
        var pointer = _result!.FetchChunk();
        if (pointer == IntPtr.Zero)
        {
            NativeExecution.ThrowIfFailed(_result);
            return null;
        }

        var chunk = new DataChunkHandle(_result);
        chunk.Attach(pointer);
        return chunk;
    }

    /// <summary>No more rows: the execution window ends (no timeout can fire any more).</summary>
    private void Finish()
    {
        _exhausted = true;
        ReleaseChunk();
        _scope.Dispose();
    }

    /// <summary>Read()'s slow path: the current chunk is used up (or there is none, or the reader is closed).</summary>
    private bool ReadNextChunk()
    {
        _row = -1;
        ObjectDisposedException.ThrowIf(_closed, this);
        return FetchChunk();
    }

    /// <summary>Frees the current chunk; from here until the next one is bound there is no current row.</summary>
    private void ReleaseChunk()
    {
        _chunkSize = 0;
        _row = -1;
        _chunk?.Dispose();
        _chunk = null;
    }

    private ColumnInfo Column(int ordinal)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if ((uint)ordinal >= (uint)_columns.Length)
        {
            throw new IndexOutOfRangeException($"Column ordinal {ordinal} is out of range; the result has {_columns.Length} column(s).");
        }

        return _columns[ordinal];
    }

    private VectorReader Current(int ordinal)
    {
        var row = _row;
        if ((uint)row >= (uint)_chunkSize || (uint)ordinal >= (uint)_readers.Length)
        {
            ThrowNoCurrentValue(ordinal);
        }

        return _readers[ordinal];
    }

    /// <summary>
    /// The typed getters' one check: a current row (which also rules out a closed reader: its chunk size is 0)
    /// and a valid ordinal, then the NULL test. Small enough to inline into every getter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private VectorReader NonNull(int ordinal, int row, string method)
    {
        var readers = _readers;
        if ((uint)row >= (uint)_chunkSize || (uint)ordinal >= (uint)readers.Length)
        {
            ThrowNoCurrentValue(ordinal);
        }

        var reader = readers[ordinal];
        if (reader.IsNull(row))
        {
            ThrowNullValue(ordinal, method);
        }

        return reader;
    }

    /// <summary>Throws what a value read throws without a current value, in the order checked before: closed, ordinal, row.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowNoCurrentValue(int ordinal)
    {
        Column(ordinal);
        throw new InvalidOperationException("There is no current row: call Read() first and check that it returned true.");
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowNullValue(int ordinal, string method) => throw NullValue(ordinal, method);

    private InvalidCastException NullValue(int ordinal, string method) =>
        new(new StringBuilder().Append("Column '").Append(_columns[ordinal].Name).Append("' is NULL in the current row; ")
            .Append(method).Append(" cannot return NULL. Check IsDBNull first, or use GetValue / GetFieldValue<T?>.").ToString());
}
