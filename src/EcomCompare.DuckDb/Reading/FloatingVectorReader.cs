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

    private T Read(int row) => ((T*)Data)[row];
}
