namespace EcomCompare.DuckDb.Reading;

/// <summary>TIME: int64 microseconds since midnight → <see cref="TimeOnly"/>.</summary>
internal sealed unsafe class TimeVectorReader : VectorReader
{
    public TimeVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(TimeOnly);

    public override object GetValue(int row) => GetTimeOnly(row);

    public override TimeOnly GetTimeOnly(int row) => new(((long*)Data)[row] * TimeSpan.TicksPerMicrosecond);
}
