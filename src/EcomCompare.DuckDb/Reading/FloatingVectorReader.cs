using System.Numerics;

namespace EcomCompare.DuckDb.Reading;

/// <summary>FLOAT and DOUBLE.</summary>
internal sealed unsafe class FloatingVectorReader<T> : VectorReader
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    public FloatingVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(T);

    public override object GetValue(int row) => Read(row);

    public override float GetFloat(int row) => float.CreateTruncating(Read(row));

    public override double GetDouble(int row) => double.CreateTruncating(Read(row));

    public override decimal GetDecimal(int row) => decimal.CreateChecked(Read(row));

    /// <summary>The value as stored (the reader's own type): what the data reader's fast paths read inline.</summary>
    public T Value(int row) => ((T*)Data)[row];

    private T Read(int row) => ((T*)Data)[row];
}
