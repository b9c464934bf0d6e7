namespace EcomCompare.DuckDb;

/// <summary>
/// The fluent row API of a <see cref="DuckDbAppender"/>:
/// <c>appender.CreateRow().Append(1).Append("x").Append(12.5m).AppendNull().EndRow()</c>.
/// Values go to the table's columns in order. One instance per appender (no allocation per row).
/// </summary>
public sealed class DuckDbAppenderRow
{
    private readonly DuckDbAppender _appender;

    internal DuckDbAppenderRow(DuckDbAppender appender) => _appender = appender;

    /// <summary>Appends a BOOLEAN value.</summary>
    public DuckDbAppenderRow Append(bool value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a TINYINT value.</summary>
    public DuckDbAppenderRow Append(sbyte value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a SMALLINT value.</summary>
    public DuckDbAppenderRow Append(short value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends an INTEGER value.</summary>
    public DuckDbAppenderRow Append(int value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a BIGINT value.</summary>
    public DuckDbAppenderRow Append(long value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a UTINYINT value.</summary>
    public DuckDbAppenderRow Append(byte value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a USMALLINT value.</summary>
    public DuckDbAppenderRow Append(ushort value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a UINTEGER value.</summary>
    public DuckDbAppenderRow Append(uint value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a UBIGINT value.</summary>
    public DuckDbAppenderRow Append(ulong value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a HUGEINT value.</summary>
    public DuckDbAppenderRow Append(Int128 value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a FLOAT value.</summary>
    public DuckDbAppenderRow Append(float value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a DOUBLE value.</summary>
    public DuckDbAppenderRow Append(double value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a DECIMAL (exactly, rescaled to the column's scale) value.</summary>
    public DuckDbAppenderRow Append(decimal value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a DATE value.</summary>
    public DuckDbAppenderRow Append(DateOnly value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a TIMESTAMP (a DATE column keeps the date) value.</summary>
    public DuckDbAppenderRow Append(DateTime value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a TIME value.</summary>
    public DuckDbAppenderRow Append(TimeOnly value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends the value, or NULL.</summary>
    public DuckDbAppenderRow Append(bool? value) => value.HasValue ? Append(value.Value) : AppendNull();

    /// <summary>Appends the value, or NULL.</summary>
    public DuckDbAppenderRow Append(short? value) => value.HasValue ? Append(value.Value) : AppendNull();

    /// <summary>Appends the value, or NULL.</summary>
    public DuckDbAppenderRow Append(int? value) => value.HasValue ? Append(value.Value) : AppendNull();

    /// <summary>Appends the value, or NULL.</summary>
    public DuckDbAppenderRow Append(long? value) => value.HasValue ? Append(value.Value) : AppendNull();

    /// <summary>Appends the value, or NULL.</summary>
    public DuckDbAppenderRow Append(double? value) => value.HasValue ? Append(value.Value) : AppendNull();

    /// <summary>Appends the value, or NULL.</summary>
    public DuckDbAppenderRow Append(decimal? value) => value.HasValue ? Append(value.Value) : AppendNull();

    /// <summary>Appends the value, or NULL.</summary>
    public DuckDbAppenderRow Append(DateOnly? value) => value.HasValue ? Append(value.Value) : AppendNull();

    /// <summary>Appends the value, or NULL.</summary>
    public DuckDbAppenderRow Append(DateTime? value) => value.HasValue ? Append(value.Value) : AppendNull();

    /// <summary>Appends a VARCHAR (UTF-8), or NULL for null.</summary>
    public DuckDbAppenderRow Append(string? value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a BLOB, or NULL for null.</summary>
    public DuckDbAppenderRow Append(byte[]? value)
    {
        _appender.Append(value);
        return this;
    }

    /// <summary>Appends a <see cref="Guid"/> as text (a VARCHAR or UUID column).</summary>
    public DuckDbAppenderRow Append(Guid value) => Append(value.ToString("D"));

    /// <summary>Appends NULL.</summary>
    public DuckDbAppenderRow AppendNull()
    {
        _appender.AppendNull();
        return this;
    }

    /// <summary>Appends the column's DEFAULT (NULL when it has none).</summary>
    public DuckDbAppenderRow AppendDefault()
    {
        _appender.AppendDefault();
        return this;
    }

    /// <summary>Appends a value whose type is only known at run time (the same types as parameters; null/DBNull → NULL).</summary>
    /// <exception cref="NotSupportedException">The value's type cannot be appended.</exception>
    public DuckDbAppenderRow AppendValue(object? value) => value switch
    {
        null or DBNull => AppendNull(),
        string text => Append(text),
        bool v => Append(v),
        int v => Append(v),
        long v => Append(v),
        double v => Append(v),
        decimal v => Append(v),
        DateOnly v => Append(v),
        DateTime v => Append(v),
        short v => Append(v),
        float v => Append(v),
        byte v => Append(v),
        sbyte v => Append(v),
        ushort v => Append(v),
        uint v => Append(v),
        ulong v => Append(v),
        Int128 v => Append(v),
        TimeOnly v => Append(v),
        Guid v => Append(v),
        char v => Append(v.ToString()),
        byte[] v => Append(v),
        _ => throw new NotSupportedException($"A value of type {value.GetType().FullName} cannot be appended."),
    };

    /// <summary>Finishes the row (every column must have a value).</summary>
    public void EndRow() => _appender.EndRow();
}
