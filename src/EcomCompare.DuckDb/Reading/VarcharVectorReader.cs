namespace EcomCompare.DuckDb.Reading;

/// <summary>
/// VARCHAR: <c>duckdb_string_t</c> entries holding UTF-8, decoded straight from vector memory. From the second
/// chunk on, strings go through the column's <see cref="Utf8StringCache"/> (while it pays for itself), so repeated
/// values are decoded and allocated once.
/// </summary>
internal sealed unsafe class VarcharVectorReader : VectorReader
{
    private Utf8StringCache? _table;
    private Utf8StringCache? _cache; // _table while it is active, else null: GetString tests this one field
    private int _chunks;

    public VarcharVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(string);

    /// <summary>The column's cache, once the second chunk has arrived (for tests and diagnostics).</summary>
    public Utf8StringCache? Cache => _table;

    public override object GetValue(int row) => GetString(row);

    public override string GetString(int row)
    {
        var entry = Data + ((nint)row * StringT.Size);
        var cache = _cache;
        if (cache is null)
        {
            return StringT.Decode(entry);
        }

        // Once the table has grown (thousands of distinct values: it outgrows the CPU's L2), the next row's set is
        // fetched into the CPU cache while this row and the consumer's work run, instead of a lookup waiting on
        // memory. A table at its first size stays in cache: there the extra hash would be pure cost. A NULL row's
        // entry is not a string DuckDB wrote (its pointer may be anything), so it is never read.
        if (cache.Slots > Utf8StringCache.InitialSlots && row + 1 < RowCount && !IsNull(row + 1))
        {
            cache.Prefetch(entry + StringT.Size);
        }

        return cache.Get(entry);
    }

    public override ReadOnlySpan<byte> GetBytes(int row) => StringT.Read(Data, row);

    protected override void OnBound()
    {
        // A one-chunk result (≤ 2,048 rows, most cube queries) never allocates the table.
        if (++_chunks == 2)
        {
            _table = new Utf8StringCache();
        }
        else
        {
            _table?.OnChunk();
        }

        _cache = _table is { Active: true } ? _table : null;
    }
}
