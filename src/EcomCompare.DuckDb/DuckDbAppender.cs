using System.Globalization;
using EcomCompare.DuckDb.Internal;
using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb;

/// <summary>
/// Bulk-loads rows into a table through DuckDB's appender (much faster than INSERT statements). Rows are buffered
/// and written on <see cref="Flush"/>, <see cref="Close"/> or <see cref="Dispose"/>; constraint violations surface
/// there as <see cref="DuckDbException"/>.
/// </summary>
/// <example>
/// <code>
/// using (var appender = connection.CreateAppender("sales"))
/// {
///     appender.CreateRow().Append(1).Append("Cần Thơ").Append(46.3m).AppendNull().EndRow();
/// } // flushed here
/// </code>
/// </example>
/// <remarks>
/// Values are appended in column order. A <see cref="decimal"/> goes into a DECIMAL column exactly; a
/// <see cref="DateTime"/> into a DATE column keeps its date. Do not read from the connection while appending
/// (a flush runs on the connection). Not thread-safe.
/// </remarks>
public sealed unsafe class DuckDbAppender : IDisposable
{
    private readonly DuckDbConnection _connection;
    private readonly (DuckDbTypeId Type, byte Width, byte Scale)[] _columns;
    private readonly DuckDbAppenderRow _row;
    private AppenderHandle? _handle;
    private int _column;
    private bool _faulted;

    internal DuckDbAppender(DuckDbConnection connection, ConnectionHandle connectionHandle, string? schema, string table)
    {
        _connection = connection;
        Schema = schema;
        Table = table;
        var handle = new AppenderHandle(connectionHandle);
        var pointer = IntPtr.Zero;
        var state = NativeMethods.duckdb_appender_create_ext(connectionHandle, null, schema, table, ref pointer);
        handle.Attach(pointer);
        if (state != DuckDbState.Success)
        {
            var error = handle.IsInvalid
                ? new DuckDbException($"DuckDB could not create an appender for '{table}'.", DuckDbErrorType.Invalid)
                : ErrorFactory.FromErrorData(NativeMethods.duckdb_appender_error_data(handle), $"DuckDB could not create an appender for '{table}'.");
            handle.Dispose();
            throw error;
        }

        _handle = handle;
        _columns = new (DuckDbTypeId, byte, byte)[NativeMethods.duckdb_appender_column_count(handle)];
        for (var i = 0; i < _columns.Length; i++)
        {
            using var type = new LogicalTypeHandle();
            type.Attach(NativeMethods.duckdb_appender_column_type(handle, (ulong)i));
            var id = NativeMethods.duckdb_get_type_id(type);
            _columns[i] = id == DuckDbTypeId.Decimal
                ? (id, NativeMethods.duckdb_decimal_width(type), NativeMethods.duckdb_decimal_scale(type))
                : (id, (byte)0, (byte)0);
        }

        _row = new DuckDbAppenderRow(this);
    }

    /// <summary>The schema given at creation (null for the default schema).</summary>
    public string? Schema { get; }

    /// <summary>The target table.</summary>
    public string Table { get; }

    /// <summary>The number of values each row takes.</summary>
    public int ColumnCount => _columns.Length;

    /// <summary>Starts a row; append exactly <see cref="ColumnCount"/> values to it, then call <see cref="DuckDbAppenderRow.EndRow"/>.</summary>
    public DuckDbAppenderRow CreateRow()
    {
        ThrowIfClosed();
        if (_column != 0)
        {
            throw new InvalidOperationException("The previous row was not ended; call EndRow() first.");
        }

        return _row;
    }

    /// <summary>Writes the buffered rows to the table.</summary>
    /// <exception cref="DuckDbException">A constraint was violated; the appender cannot be used any more.</exception>
    public void Flush() => Check(NativeMethods.duckdb_appender_flush(Handle));

    /// <summary>Flushes and closes the appender. Idempotent.</summary>
    public void Close()
    {
        var handle = _handle;
        if (handle is null)
        {
            return;
        }

        try
        {
            Check(NativeMethods.duckdb_appender_close(handle));
        }
        finally
        {
            Release();
        }
    }

    /// <summary>
    /// Same as <see cref="Close"/>, except after a failed append or flush: then the buffered rows are discarded
    /// without a second exception, so the first one is the one you see.
    /// </summary>
    /// <exception cref="InvalidOperationException">The last row was never ended (its buffered rows are discarded).</exception>
    public void Dispose()
    {
        if (_handle is null)
        {
            return;
        }

        if (_faulted)
        {
            Release();
        }
        else if (_column != 0)
        {
            Release();
            throw new InvalidOperationException($"The appender for '{Table}' was disposed in the middle of a row (EndRow was not called); its buffered rows were discarded.");
        }
        else
        {
            Close();
        }
    }

    /// <summary>Connection closing: destroy (which still flushes) without throwing.</summary>
    internal void Abandon() => Release();

    internal void AppendNull() => Next(NativeMethods.duckdb_append_null(RowHandle));

    internal void AppendDefault() => Next(NativeMethods.duckdb_append_default(RowHandle));

    internal void Append(bool value) => Next(NativeMethods.duckdb_append_bool(RowHandle, value));

    internal void Append(sbyte value) => Next(NativeMethods.duckdb_append_int8(RowHandle, value));

    internal void Append(short value) => Next(NativeMethods.duckdb_append_int16(RowHandle, value));

    internal void Append(int value) => Next(NativeMethods.duckdb_append_int32(RowHandle, value));

    internal void Append(long value) => Next(NativeMethods.duckdb_append_int64(RowHandle, value));

    internal void Append(byte value) => Next(NativeMethods.duckdb_append_uint8(RowHandle, value));

    internal void Append(ushort value) => Next(NativeMethods.duckdb_append_uint16(RowHandle, value));

    internal void Append(uint value) => Next(NativeMethods.duckdb_append_uint32(RowHandle, value));

    internal void Append(ulong value) => Next(NativeMethods.duckdb_append_uint64(RowHandle, value));

    internal void Append(Int128 value) => Next(NativeMethods.duckdb_append_hugeint(RowHandle, new NativeHugeInt(value)));

    internal void Append(float value) => Next(NativeMethods.duckdb_append_float(RowHandle, value));

    internal void Append(double value) => Next(NativeMethods.duckdb_append_double(RowHandle, value));

    internal void Append(DateOnly value) => Next(NativeMethods.duckdb_append_date(RowHandle, new NativeDate(DateTimeConversion.ToDays(value))));

    internal void Append(TimeOnly value) => Next(NativeMethods.duckdb_append_time(RowHandle, new NativeTime(DateTimeConversion.ToMicros(value))));

    internal void Append(DateTime value)
    {
        if (CurrentColumn().Type == DuckDbTypeId.Date)
        {
            Append(DateOnly.FromDateTime(value));
        }
        else
        {
            Next(NativeMethods.duckdb_append_timestamp(RowHandle, new NativeTimestamp(DateTimeConversion.ToMicros(value))));
        }
    }

    internal void Append(decimal value)
    {
        var column = CurrentColumn();
        var native = column.Type == DuckDbTypeId.Decimal && DecimalConversion.TryRescale(value, column.Width, column.Scale, out var exact)
            ? exact
            : DecimalConversion.ToNative(value);
        using var boxed = new ValueHandle();
        boxed.Attach(NativeMethods.duckdb_create_decimal(native));
        if (boxed.IsInvalid)
        {
            throw new DuckDbException(string.Create(CultureInfo.InvariantCulture, $"DuckDB could not represent {value} as a DECIMAL."), DuckDbErrorType.Decimal);
        }

        Next(NativeMethods.duckdb_append_value(RowHandle, boxed));
    }

    internal void Append(string? value)
    {
        if (value is null)
        {
            AppendNull();
            return;
        }

        using var utf8 = new Utf8Scratch(value, stackalloc byte[256]);
        fixed (byte* pointer = utf8.Buffer)
        {
            Next(NativeMethods.duckdb_append_varchar_length(RowHandle, pointer, (ulong)utf8.Length));
        }
    }

    internal void Append(byte[]? value)
    {
        if (value is null)
        {
            AppendNull();
            return;
        }

        byte dummy = 0;
        fixed (byte* pointer = value)
        {
            Next(NativeMethods.duckdb_append_blob(RowHandle, value.Length == 0 ? &dummy : pointer, (ulong)value.Length));
        }
    }

    internal void EndRow()
    {
        Check(NativeMethods.duckdb_appender_end_row(Handle));
        _column = 0;
    }

    /// <summary>The handle, after checking that the row still has room for a value.</summary>
    private AppenderHandle RowHandle
    {
        get
        {
            ThrowIfClosed();
            CurrentColumn();
            return _handle!;
        }
    }

    private AppenderHandle Handle
    {
        get
        {
            ThrowIfClosed();
            return _handle!;
        }
    }

    private (DuckDbTypeId Type, byte Width, byte Scale) CurrentColumn()
    {
        if (_column >= _columns.Length)
        {
            _faulted = true;
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The row already has all {_columns.Length} values of table '{Table}'; call EndRow()."));
        }

        return _columns[_column];
    }

    private void Next(DuckDbState state)
    {
        Check(state);
        _column++;
    }

    private void Check(DuckDbState state)
    {
        if (state != DuckDbState.Success)
        {
            _faulted = true;
            throw ErrorFactory.FromErrorData(NativeMethods.duckdb_appender_error_data(Handle), $"The appender for '{Table}' failed.");
        }
    }

    private void ThrowIfClosed() => ObjectDisposedException.ThrowIf(_handle is null, this);

    private void Release()
    {
        var handle = _handle;
        _handle = null;
        _column = 0;
        handle?.Dispose();
        _connection.OnAppenderClosed(this);
    }
}
