using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace EcomCompare.DuckDb;

/// <summary>
/// A value bound to a <c>?</c>, <c>$1</c> or <c>$name</c> placeholder. The DuckDB type follows the value's .NET type:
/// <see cref="string"/> → VARCHAR, <see cref="int"/> → INTEGER, <see cref="long"/> → BIGINT, <see cref="double"/> →
/// DOUBLE, <see cref="decimal"/> → DECIMAL (exact, scale kept), <see cref="bool"/> → BOOLEAN, <see cref="DateOnly"/> →
/// DATE, <see cref="DateTime"/> → DATE when it is a midnight or <see cref="DbType"/> is <see cref="DbType.Date"/>
/// (else TIMESTAMP), <c>null</c>/<see cref="DBNull"/> → NULL; also <see cref="short"/>, <see cref="float"/>,
/// <see cref="byte"/>, <see cref="Int128"/>, <see cref="Guid"/> (as VARCHAR), <c>byte[]</c> (BLOB),
/// <see cref="TimeOnly"/>, <see cref="DateTimeOffset"/> (TIMESTAMPTZ). Other types throw
/// <see cref="NotSupportedException"/> when the command runs.
/// </summary>
public sealed class DuckDbParameter : DbParameter
{
    private string _name = string.Empty;
    private string _sourceColumn = string.Empty;
    private DbType? _dbType;

    /// <summary>Creates an unnamed (positional) parameter with no value.</summary>
    public DuckDbParameter()
    {
    }

    /// <summary>Creates an unnamed (positional) parameter.</summary>
    public DuckDbParameter(object? value) => Value = value;

    /// <summary>Creates a named parameter; the name may be written with or without its <c>$</c>.</summary>
    public DuckDbParameter(string? parameterName, object? value)
    {
        ParameterName = parameterName;
        Value = value;
    }

    /// <inheritdoc />
    public override DbType DbType
    {
        get => _dbType ?? InferDbType(Value);
        set => _dbType = value;
    }

    /// <summary>Only <see cref="ParameterDirection.Input"/> is supported.</summary>
    public override ParameterDirection Direction
    {
        get => ParameterDirection.Input;
        set
        {
            if (value != ParameterDirection.Input)
            {
                throw new NotSupportedException("DuckDB only supports input parameters.");
            }
        }
    }

    /// <inheritdoc />
    public override bool IsNullable { get; set; }

    /// <summary>The placeholder name (<c>name</c>, <c>$name</c>, <c>@name</c> and <c>:name</c> all match <c>$name</c>); empty for positional.</summary>
    [AllowNull]
    public override string ParameterName
    {
        get => _name;
        set => _name = value ?? string.Empty;
    }

    /// <inheritdoc />
    public override int Size { get; set; }

    /// <inheritdoc />
    [AllowNull]
    public override string SourceColumn
    {
        get => _sourceColumn;
        set => _sourceColumn = value ?? string.Empty;
    }

    /// <inheritdoc />
    public override bool SourceColumnNullMapping { get; set; }

    /// <inheritdoc />
    public override object? Value { get; set; }

    /// <summary>True when <see cref="DbType"/> was set explicitly (only <see cref="DbType.Date"/> changes binding).</summary>
    internal bool HasExplicitDbType => _dbType.HasValue;

    /// <summary>The name without its sigil, as DuckDB reports it.</summary>
    internal string BareName => Bare(_name);

    /// <inheritdoc />
    public override void ResetDbType() => _dbType = null;

    internal static string Bare(string name) =>
        name.Length > 0 && name[0] is '$' or '@' or ':' ? name[1..] : name;

    private static DbType InferDbType(object? value) => value switch
    {
        string or char or Guid => DbType.String,
        bool => DbType.Boolean,
        byte => DbType.Byte,
        sbyte => DbType.SByte,
        short => DbType.Int16,
        ushort => DbType.UInt16,
        int => DbType.Int32,
        uint => DbType.UInt32,
        long => DbType.Int64,
        ulong => DbType.UInt64,
        float => DbType.Single,
        double => DbType.Double,
        decimal => DbType.Decimal,
        DateOnly => DbType.Date,
        DateTime dateTime => dateTime.TimeOfDay == TimeSpan.Zero ? DbType.Date : DbType.DateTime,
        DateTimeOffset => DbType.DateTimeOffset,
        TimeOnly => DbType.Time,
        byte[] => DbType.Binary,
        _ => DbType.Object,
    };
}
