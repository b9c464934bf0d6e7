using System.Text;

namespace EcomCompare.DuckDb.Reading;

/// <summary>VARCHAR: <c>duckdb_string_t</c> entries holding UTF-8, decoded straight from vector memory.</summary>
internal sealed unsafe class VarcharVectorReader : VectorReader
{
    public VarcharVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(string);

    public override object GetValue(int row) => GetString(row);

    public override string GetString(int row) => Encoding.UTF8.GetString(StringT.Read(Data, row));

    public override ReadOnlySpan<byte> GetBytes(int row) => StringT.Read(Data, row);
}
