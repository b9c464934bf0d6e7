namespace EcomCompare.DuckDb.Reading;

/// <summary>BOOLEAN: one byte per value.</summary>
internal sealed unsafe class BooleanVectorReader : VectorReader
{
    public BooleanVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(bool);

    public override object GetValue(int row) => GetBoolean(row);

    public override bool GetBoolean(int row) => Data[row] != 0;
}
