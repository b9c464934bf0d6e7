namespace EcomCompare.DuckDb.Reading;

/// <summary>Any type without a reader (LIST, STRUCT, INTERVAL…): NULL checks work, reading a value throws.</summary>
internal sealed class UnsupportedVectorReader : VectorReader
{
    public UnsupportedVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(object);

    public override object GetValue(int row) => throw new NotSupportedException(
        $"Column '{Column.Name}' has DuckDB type {Column.TypeName}, which EcomCompare.DuckDb cannot read; " +
        "cast it in SQL (for example CAST(x AS VARCHAR)).");
}
