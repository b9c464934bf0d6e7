using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Reading;

/// <summary>Chooses the reader of a column: the single switch on the DuckDB type.</summary>
internal static class VectorReaderFactory
{
    public static VectorReader Create(ColumnInfo column) => column.Type switch
    {
        DuckDbTypeId.Boolean => new BooleanVectorReader(column),
        DuckDbTypeId.TinyInt => new IntegerVectorReader<sbyte>(column),
        DuckDbTypeId.SmallInt => new IntegerVectorReader<short>(column),
        DuckDbTypeId.Integer => new IntegerVectorReader<int>(column),
        DuckDbTypeId.BigInt => new IntegerVectorReader<long>(column),
        DuckDbTypeId.UTinyInt => new IntegerVectorReader<byte>(column),
        DuckDbTypeId.USmallInt => new IntegerVectorReader<ushort>(column),
        DuckDbTypeId.UInteger => new IntegerVectorReader<uint>(column),
        DuckDbTypeId.UBigInt => new IntegerVectorReader<ulong>(column),
        DuckDbTypeId.HugeInt => new IntegerVectorReader<Int128>(column),
        DuckDbTypeId.UHugeInt => new IntegerVectorReader<UInt128>(column),
        DuckDbTypeId.Float => new FloatingVectorReader<float>(column),
        DuckDbTypeId.Double => new FloatingVectorReader<double>(column),
        DuckDbTypeId.Decimal when column.DecimalStorage == DuckDbTypeId.SmallInt => new DecimalVectorReader<short>(column),
        DuckDbTypeId.Decimal when column.DecimalStorage == DuckDbTypeId.Integer => new DecimalVectorReader<int>(column),
        DuckDbTypeId.Decimal when column.DecimalStorage == DuckDbTypeId.BigInt => new DecimalVectorReader<long>(column),
        DuckDbTypeId.Decimal => new DecimalVectorReader<Int128>(column),
        DuckDbTypeId.Varchar => new VarcharVectorReader(column),
        DuckDbTypeId.Blob => new BlobVectorReader(column),
        DuckDbTypeId.Enum when column.EnumStorage == DuckDbTypeId.UTinyInt => new EnumVectorReader<byte>(column),
        DuckDbTypeId.Enum when column.EnumStorage == DuckDbTypeId.USmallInt => new EnumVectorReader<ushort>(column),
        DuckDbTypeId.Enum => new EnumVectorReader<uint>(column),
        DuckDbTypeId.Date => new DateVectorReader(column),
        DuckDbTypeId.Timestamp or DuckDbTypeId.TimestampS or DuckDbTypeId.TimestampMs or DuckDbTypeId.TimestampNs
            or DuckDbTypeId.TimestampTz => new TimestampVectorReader(column),
        DuckDbTypeId.Time => new TimeVectorReader(column),
        DuckDbTypeId.Uuid => new UuidVectorReader(column),
        _ => new UnsupportedVectorReader(column),
    };
}
