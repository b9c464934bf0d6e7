namespace EcomCompare.DuckDb.Reading;

/// <summary>BLOB: <c>duckdb_string_t</c> entries holding raw bytes.</summary>
internal sealed unsafe class BlobVectorReader : VectorReader
{
    public BlobVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(byte[]);

    public override object GetValue(int row) => GetBytes(row).ToArray();

    public override ReadOnlySpan<byte> GetBytes(int row) => StringT.Read(Data, row);
}
