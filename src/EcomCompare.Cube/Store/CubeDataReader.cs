using System.Collections;
using System.Data.Common;
using System.Numerics;
using DuckDB.NET.Data;

namespace EcomCompare.Cube.Store;

/// <summary>
/// The provider's streaming reader as the cube hands it out: HUGEINT (a SUM over integers, which DuckDB.NET reads
/// as <see cref="BigInteger"/>) comes out as <see cref="Int128"/> — its exact range — or converted by the typed
/// getters; a failure while reading is classified like one while executing; an interrupted stream ends in the
/// time-limit error, never in a silently short result. Disposing it ends the query's time limit.
/// </summary>
internal sealed class CubeDataReader(DuckDBDataReader inner, DuckDBCommand command, QueryDeadline deadline,
    CancellationToken cancellation) : DbDataReader
{
    private bool _closed;

    public override int FieldCount => inner.FieldCount;

    public override int RecordsAffected => inner.RecordsAffected;

    public override bool HasRows => inner.HasRows;

    public override bool IsClosed => _closed;

    public override int Depth => inner.Depth;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        bool read;
        try
        {
            read = inner.Read();
        }
        catch (Exception e) when (CubeConnection.Translate(e, deadline, cancellation) is { } translated)
        {
            throw translated;
        }

        if (deadline.Fired)
        {
            // An interrupted stream can end as if it were complete: never hand out a short result.
            throw CubeConnection.Translate(new OperationCanceledException(), deadline, cancellation)!;
        }

        return read;
    }

    public override Task<bool> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(Read());

    public override bool NextResult() => false;

    public override object GetValue(int ordinal) => Edge(inner.GetValue(ordinal));

    public override int GetValues(object[] values)
    {
        var n = inner.GetValues(values);
        for (var i = 0; i < n; i++)
        {
            values[i] = Edge(values[i]);
        }

        return n;
    }

    public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal) is var type && type == typeof(BigInteger) ? typeof(Int128) : type;

    public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);

    public override string GetName(int ordinal) => inner.GetName(ordinal);

    public override int GetOrdinal(string name) => inner.GetOrdinal(name);

    public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);

    public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);

    public override byte GetByte(int ordinal) => inner.GetByte(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => inner.GetBytes(
        ordinal, dataOffset, buffer, bufferOffset, length);

    public override char GetChar(int ordinal) => inner.GetChar(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => inner.GetChars(
        ordinal, dataOffset, buffer, bufferOffset, length);

    public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);

    public override decimal GetDecimal(int ordinal) =>
        IsHuge(ordinal) ? (decimal)inner.GetFieldValue<BigInteger>(ordinal) : inner.GetDecimal(ordinal);

    public override double GetDouble(int ordinal) => IsHuge(ordinal) ? (double)inner.GetFieldValue<BigInteger>(ordinal) : inner.GetDouble(ordinal);

    public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);

    public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);

    public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);

    public override int GetInt32(int ordinal) => IsHuge(ordinal) ? (int)inner.GetFieldValue<BigInteger>(ordinal) : inner.GetInt32(ordinal);

    public override long GetInt64(int ordinal) => IsHuge(ordinal) ? (long)inner.GetFieldValue<BigInteger>(ordinal) : inner.GetInt64(ordinal);

    public override string GetString(int ordinal) => inner.GetString(ordinal);

    public override T GetFieldValue<T>(int ordinal) =>
        typeof(T) == typeof(Int128) && IsHuge(ordinal)
            ? (T)(object)(Int128)inner.GetFieldValue<BigInteger>(ordinal) : inner.GetFieldValue<T>(ordinal);

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    public override void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        try
        {
            inner.Dispose();
        }
        finally
        {
            command.Dispose();
            deadline.Dispose();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }

    private static object Edge(object value) => value is BigInteger big ? (Int128)big : value;

    private bool IsHuge(int ordinal) => inner.GetFieldType(ordinal) == typeof(BigInteger);
}
