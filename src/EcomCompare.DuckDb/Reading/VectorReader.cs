using System.Runtime.CompilerServices;
using EcomCompare.DuckDb.Native;

namespace EcomCompare.DuckDb.Reading;

/// <summary>
/// Reads the values of one result column straight out of the current chunk's vector memory. Per chunk,
/// <see cref="Bind"/> takes the data and validity pointers once; every getter is then plain pointer arithmetic,
/// with no P/Invoke per value. One subclass per type family; unsupported conversions throw
/// <see cref="InvalidCastException"/>. Callers check <see cref="IsNull"/> first: getters do not.
/// </summary>
internal abstract unsafe class VectorReader
{
    /// <summary>DuckDB's STANDARD_VECTOR_SIZE: the most rows a chunk holds.</summary>
    public const int StandardVectorSize = 2048;

    private ulong* _validity;

    protected VectorReader(ColumnInfo column) => Column = column;

    public ColumnInfo Column { get; }

    /// <summary>The CLR type of <see cref="GetValue"/>'s result.</summary>
    public abstract Type FieldType { get; }

    /// <summary>Start of the vector's values for the current chunk.</summary>
    protected byte* Data { get; private set; }

    /// <summary>Rows in the current chunk (valid rows: 0 … RowCount - 1).</summary>
    protected int RowCount { get; private set; }

    public void Bind(IntPtr vector, int rowCount = StandardVectorSize)
    {
        Data = (byte*)NativeMethods.duckdb_vector_get_data(vector);
        RowCount = rowCount;
        _validity = NativeMethods.duckdb_vector_get_validity(vector);
        OnBound();
    }

    /// <summary>After <see cref="Bind"/> has taken the next chunk's vector (once per chunk).</summary>
    protected virtual void OnBound()
    {
    }

    /// <summary>Validity bit test: bit (row % 64) of word (row / 64); a missing mask means no NULLs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNull(int row)
    {
        var validity = _validity;
        return validity != null && (validity[row >> 6] & (1UL << (row & 63))) == 0;
    }

    public abstract object GetValue(int row);

    public virtual bool GetBoolean(int row) => throw CannotRead(nameof(Boolean));

    public virtual byte GetByte(int row) => throw CannotRead(nameof(Byte));

    public virtual short GetInt16(int row) => throw CannotRead(nameof(Int16));

    public virtual int GetInt32(int row) => throw CannotRead(nameof(Int32));

    public virtual long GetInt64(int row) => throw CannotRead(nameof(Int64));

    public virtual Int128 GetInt128(int row) => throw CannotRead(nameof(Int128));

    public virtual float GetFloat(int row) => throw CannotRead(nameof(Single));

    public virtual double GetDouble(int row) => throw CannotRead(nameof(Double));

    public virtual decimal GetDecimal(int row) => throw CannotRead(nameof(Decimal));

    public virtual string GetString(int row) => throw CannotRead(nameof(String));

    public virtual DateTime GetDateTime(int row) => throw CannotRead(nameof(DateTime));

    public virtual DateOnly GetDateOnly(int row) => throw CannotRead(nameof(DateOnly));

    public virtual TimeOnly GetTimeOnly(int row) => throw CannotRead(nameof(TimeOnly));

    public virtual Guid GetGuid(int row) => throw CannotRead(nameof(Guid));

    /// <summary>Raw bytes of a BLOB (or the UTF-8 bytes of a VARCHAR); valid only while the chunk lives.</summary>
    public virtual ReadOnlySpan<byte> GetBytes(int row) => throw CannotRead("bytes");

    /// <summary>
    /// Typed read without boxing: for value types the JIT keeps only the matching branch. Nullable value types are
    /// served by the same branches; anything else falls back to <see cref="GetValue"/> and a type test.
    /// </summary>
    public T GetFieldValue<T>(int row)
    {
        if (typeof(T) == typeof(int)) { var v = GetInt32(row); return Unsafe.As<int, T>(ref v); }
        if (typeof(T) == typeof(long)) { var v = GetInt64(row); return Unsafe.As<long, T>(ref v); }
        if (typeof(T) == typeof(short)) { var v = GetInt16(row); return Unsafe.As<short, T>(ref v); }
        if (typeof(T) == typeof(byte)) { var v = GetByte(row); return Unsafe.As<byte, T>(ref v); }
        if (typeof(T) == typeof(bool)) { var v = GetBoolean(row); return Unsafe.As<bool, T>(ref v); }
        if (typeof(T) == typeof(double)) { var v = GetDouble(row); return Unsafe.As<double, T>(ref v); }
        if (typeof(T) == typeof(float)) { var v = GetFloat(row); return Unsafe.As<float, T>(ref v); }
        if (typeof(T) == typeof(decimal)) { var v = GetDecimal(row); return Unsafe.As<decimal, T>(ref v); }
        if (typeof(T) == typeof(Int128)) { var v = GetInt128(row); return Unsafe.As<Int128, T>(ref v); }
        if (typeof(T) == typeof(DateOnly)) { var v = GetDateOnly(row); return Unsafe.As<DateOnly, T>(ref v); }
        if (typeof(T) == typeof(DateTime)) { var v = GetDateTime(row); return Unsafe.As<DateTime, T>(ref v); }
        if (typeof(T) == typeof(TimeOnly)) { var v = GetTimeOnly(row); return Unsafe.As<TimeOnly, T>(ref v); }
        if (typeof(T) == typeof(Guid)) { var v = GetGuid(row); return Unsafe.As<Guid, T>(ref v); }
        if (typeof(T) == typeof(int?)) { int? v = GetInt32(row); return Unsafe.As<int?, T>(ref v); }
        if (typeof(T) == typeof(long?)) { long? v = GetInt64(row); return Unsafe.As<long?, T>(ref v); }
        if (typeof(T) == typeof(short?)) { short? v = GetInt16(row); return Unsafe.As<short?, T>(ref v); }
        if (typeof(T) == typeof(bool?)) { bool? v = GetBoolean(row); return Unsafe.As<bool?, T>(ref v); }
        if (typeof(T) == typeof(double?)) { double? v = GetDouble(row); return Unsafe.As<double?, T>(ref v); }
        if (typeof(T) == typeof(decimal?)) { decimal? v = GetDecimal(row); return Unsafe.As<decimal?, T>(ref v); }
        if (typeof(T) == typeof(Int128?)) { Int128? v = GetInt128(row); return Unsafe.As<Int128?, T>(ref v); }
        if (typeof(T) == typeof(DateOnly?)) { DateOnly? v = GetDateOnly(row); return Unsafe.As<DateOnly?, T>(ref v); }
        if (typeof(T) == typeof(DateTime?)) { DateTime? v = GetDateTime(row); return Unsafe.As<DateTime?, T>(ref v); }
        if (typeof(T) == typeof(string)) { return (T)(object)GetString(row); }
        if (typeof(T) == typeof(byte[])) { return (T)(object)GetBytes(row).ToArray(); }

        var value = GetValue(row);
        return value is T typed ? typed : throw CannotRead(typeof(T).Name);
    }

    protected InvalidCastException CannotRead(string target) =>
        new($"Column '{Column.Name}' has DuckDB type {Column.TypeName}; it cannot be read as {target}.");
}
