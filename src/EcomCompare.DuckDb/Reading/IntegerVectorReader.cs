using System.Numerics;

namespace EcomCompare.DuckDb.Reading;

/// <summary>
/// TINYINT … UBIGINT, HUGEINT (<see cref="Int128"/>, the type of SUM(BIGINT)) and UHUGEINT: fixed-width
/// little-endian integers. Narrowing getters are checked (<see cref="OverflowException"/> if the value does not fit).
/// </summary>
internal sealed unsafe class IntegerVectorReader<T> : VectorReader
    where T : unmanaged, IBinaryInteger<T>
{
    public IntegerVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(T);

    public override object GetValue(int row) => Read(row);

    public override byte GetByte(int row) => byte.CreateChecked(Read(row));

    public override short GetInt16(int row) => short.CreateChecked(Read(row));

    public override int GetInt32(int row) => int.CreateChecked(Read(row));

    public override long GetInt64(int row) => long.CreateChecked(Read(row));

    public override Int128 GetInt128(int row) => Int128.CreateChecked(Read(row));

    public override float GetFloat(int row) => float.CreateTruncating(Read(row));

    public override double GetDouble(int row) => double.CreateTruncating(Read(row));

    public override decimal GetDecimal(int row) => decimal.CreateChecked(Read(row));

    /// <summary>The value as stored (the reader's own type): what the data reader's fast paths read inline.</summary>
    public T Value(int row) => ((T*)Data)[row];

    private T Read(int row) => ((T*)Data)[row];
}
