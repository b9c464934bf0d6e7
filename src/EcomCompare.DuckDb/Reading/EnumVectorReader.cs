using System.Numerics;

namespace EcomCompare.DuckDb.Reading;

/// <summary>ENUM: an unsigned dictionary index per value; read as the dictionary string.</summary>
internal sealed unsafe class EnumVectorReader<TIndex> : VectorReader
    where TIndex : unmanaged, IBinaryInteger<TIndex>
{
    private readonly string[] _values;

    public EnumVectorReader(ColumnInfo column)
        : base(column) => _values = column.EnumValues;

    public override Type FieldType => typeof(string);

    public override object GetValue(int row) => GetString(row);

    public override string GetString(int row) => _values[int.CreateChecked(((TIndex*)Data)[row])];
}
