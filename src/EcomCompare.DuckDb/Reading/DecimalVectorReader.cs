using System.Numerics;
using EcomCompare.DuckDb.Internal;

namespace EcomCompare.DuckDb.Reading;

/// <summary>
/// DECIMAL(width, scale), whose unscaled value is stored as int16 (width ≤ 4), int32 (≤ 9), int64 (≤ 18) or
/// hugeint (≤ 38, e.g. SUM over DECIMAL(18,3) → DECIMAL(38,3)); decoded exactly into <see cref="decimal"/>.
/// </summary>
internal sealed unsafe class DecimalVectorReader<TStorage> : VectorReader
    where TStorage : unmanaged, IBinaryInteger<TStorage>
{
    private readonly byte _scale;

    public DecimalVectorReader(ColumnInfo column)
        : base(column) => _scale = column.DecimalScale;

    public override Type FieldType => typeof(decimal);

    public override object GetValue(int row) => Read(row);

    public override decimal GetDecimal(int row) => Read(row);

    public override double GetDouble(int row) => (double)Read(row);

    public override float GetFloat(int row) => (float)Read(row);

    private decimal Read(int row)
    {
        var unscaled = ((TStorage*)Data)[row];
        return typeof(TStorage) == typeof(Int128)
            ? DecimalConversion.FromInt128(Int128.CreateTruncating(unscaled), _scale)
            : DecimalConversion.FromInt64(long.CreateTruncating(unscaled), _scale);
    }
}
