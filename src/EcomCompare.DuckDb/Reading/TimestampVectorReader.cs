using EcomCompare.DuckDb.Internal;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Reading;

/// <summary>
/// TIMESTAMP (µs), TIMESTAMP_S, TIMESTAMP_MS, TIMESTAMP_NS and TIMESTAMP WITH TIME ZONE (µs, UTC): int64 offsets
/// from 1970-01-01 → <see cref="DateTime"/> (Kind Utc for WITH TIME ZONE, Unspecified otherwise).
/// </summary>
internal sealed unsafe class TimestampVectorReader : VectorReader
{
    private readonly long _ticksPerUnit;
    private readonly DateTimeKind _kind;

    public TimestampVectorReader(ColumnInfo column)
        : base(column)
    {
        _ticksPerUnit = column.Type switch
        {
            DuckDbTypeId.TimestampS => TimeSpan.TicksPerSecond,
            DuckDbTypeId.TimestampMs => TimeSpan.TicksPerMillisecond,
            DuckDbTypeId.TimestampNs => 0, // 100 ns per tick: divided instead of multiplied
            _ => TimeSpan.TicksPerMicrosecond,
        };
        _kind = column.Type == DuckDbTypeId.TimestampTz ? DateTimeKind.Utc : DateTimeKind.Unspecified;
    }

    public override Type FieldType => typeof(DateTime);

    public override object GetValue(int row) => GetDateTime(row);

    public override DateTime GetDateTime(int row) => DateTimeConversion.ToDateTime(((long*)Data)[row], _ticksPerUnit, _kind);

    public override DateOnly GetDateOnly(int row) => DateOnly.FromDateTime(GetDateTime(row));
}
