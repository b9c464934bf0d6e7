using EcomCompare.DuckDb.Internal;

namespace EcomCompare.DuckDb.Reading;

/// <summary>DATE: int32 days since 1970-01-01; <see cref="DateOnly"/> by default, <see cref="DateTime"/> on request.</summary>
internal sealed unsafe class DateVectorReader : VectorReader
{
    public DateVectorReader(ColumnInfo column)
        : base(column)
    {
    }

    public override Type FieldType => typeof(DateOnly);

    public override object GetValue(int row) => GetDateOnly(row);

    public override DateOnly GetDateOnly(int row) => DateTimeConversion.ToDateOnly(((int*)Data)[row]);

    public override DateTime GetDateTime(int row) => GetDateOnly(row).ToDateTime(TimeOnly.MinValue);
}
