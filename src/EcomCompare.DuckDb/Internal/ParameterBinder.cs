using System.Data;
using System.Globalization;
using EcomCompare.DuckDb.Native;
using EcomCompare.DuckDb.Native.Handles;
using EcomCompare.DuckDb.Native.Interop;

namespace EcomCompare.DuckDb.Internal;

/// <summary>
/// Binds a <see cref="DuckDbParameterCollection"/> to a prepared statement. DuckDB names every placeholder:
/// <c>?</c> and <c>$n</c> are named by their number (→ the n-th parameter of the collection), <c>$name</c> by its
/// name (→ the parameter with that name, case-insensitive).
/// </summary>
internal static unsafe class ParameterBinder
{
    /// <param name="statement">The prepared statement.</param>
    /// <param name="parameters">The command's parameters (may be null).</param>
    /// <param name="rejectUnused">
    /// For single-statement commands: a supplied parameter no placeholder uses is reported (usually a misspelt name).
    /// </param>
    public static void Bind(PreparedStatementHandle statement, DuckDbParameterCollection? parameters, bool rejectUnused)
    {
        var count = (int)NativeMethods.duckdb_nparams(statement);
        var supplied = parameters?.Count ?? 0;
        var placeholders = new string[count];
        var used = supplied <= 256 ? stackalloc bool[supplied] : new bool[supplied];
        for (var index = 1; index <= count; index++)
        {
            var name = NativeString.Owned(NativeMethods.duckdb_parameter_name(statement, (ulong)index))
                ?? index.ToString(CultureInfo.InvariantCulture);
            placeholders[index - 1] = name;
            var match = Find(parameters, name);
            if (match < 0)
            {
                throw new ArgumentException(MissingMessage(name, parameters), nameof(parameters));
            }

            used[match] = true;
            BindOne(statement, (ulong)index, parameters![match], name);
        }

        if (rejectUnused)
        {
            for (var i = 0; i < supplied; i++)
            {
                if (!used[i])
                {
                    throw new ArgumentException(UnusedMessage(parameters![i], i, placeholders), nameof(parameters));
                }
            }
        }
    }

    private static int Find(DuckDbParameterCollection? parameters, string placeholder)
    {
        if (parameters is null)
        {
            return -1;
        }

        if (int.TryParse(placeholder, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return position >= 1 && position <= parameters.Count ? position - 1 : -1;
        }

        return parameters.IndexOf(placeholder);
    }

    private static string MissingMessage(string placeholder, DuckDbParameterCollection? parameters)
    {
        var supplied = parameters is null || parameters.Count == 0
            ? "none"
            : string.Join(", ", parameters.Cast<DuckDbParameter>().Select((p, i) => p.ParameterName.Length > 0 ? "$" + p.BareName : "#" + (i + 1).ToString(CultureInfo.InvariantCulture)));
        return int.TryParse(placeholder, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? $"The command uses positional parameter ${placeholder} (or the {placeholder}. '?'), but only {parameters?.Count ?? 0} parameter(s) were supplied ({supplied})."
            : $"The command uses parameter ${placeholder}, but no parameter with that name was supplied (supplied: {supplied}).";
    }

    private static string UnusedMessage(DuckDbParameter parameter, int index, string[] placeholders)
    {
        var expected = placeholders.Length == 0 ? "none" : string.Join(", ", placeholders.Select(p => "$" + p));
        var which = parameter.ParameterName.Length > 0
            ? $"Parameter '{parameter.ParameterName}'"
            : $"Positional parameter #{(index + 1).ToString(CultureInfo.InvariantCulture)}";
        return $"{which} is not used by the command; its placeholders are: {expected}.";
    }

    private static void BindOne(PreparedStatementHandle statement, ulong index, DuckDbParameter parameter, string placeholder)
    {
        var state = parameter.Value switch
        {
            null or DBNull => NativeMethods.duckdb_bind_null(statement, index),
            string text => BindText(statement, index, text),
            bool value => NativeMethods.duckdb_bind_boolean(statement, index, value),
            int value => NativeMethods.duckdb_bind_int32(statement, index, value),
            long value => NativeMethods.duckdb_bind_int64(statement, index, value),
            double value => NativeMethods.duckdb_bind_double(statement, index, value),
            decimal value => NativeMethods.duckdb_bind_decimal(statement, index, DecimalConversion.ToNative(value)),
            DateOnly value => NativeMethods.duckdb_bind_date(statement, index, new NativeDate(DateTimeConversion.ToDays(value))),
            DateTime value => BindDateTime(statement, index, value, parameter),
            short value => NativeMethods.duckdb_bind_int16(statement, index, value),
            float value => NativeMethods.duckdb_bind_float(statement, index, value),
            byte value => NativeMethods.duckdb_bind_uint8(statement, index, value),
            sbyte value => NativeMethods.duckdb_bind_int8(statement, index, value),
            ushort value => NativeMethods.duckdb_bind_uint16(statement, index, value),
            uint value => NativeMethods.duckdb_bind_uint32(statement, index, value),
            ulong value => NativeMethods.duckdb_bind_uint64(statement, index, value),
            Int128 value => NativeMethods.duckdb_bind_hugeint(statement, index, new NativeHugeInt(value)),
            UInt128 value => NativeMethods.duckdb_bind_uhugeint(statement, index, new NativeUHugeInt(value)),
            Guid value => BindText(statement, index, value.ToString("D")),
            char value => BindText(statement, index, value.ToString()),
            byte[] value => BindBlob(statement, index, value),
            TimeOnly value => NativeMethods.duckdb_bind_time(statement, index, new NativeTime(DateTimeConversion.ToMicros(value))),
            DateTimeOffset value => NativeMethods.duckdb_bind_timestamp_tz(statement, index, new NativeTimestamp(DateTimeConversion.ToMicros(value.UtcDateTime))),
            var other => throw new NotSupportedException(
                $"Parameter ${placeholder} has a value of type {other.GetType().FullName}, which DuckDbParameter cannot bind. " +
                "Supported: string, bool, sbyte/short/int/long, byte/ushort/uint/ulong, Int128, UInt128, float, double, decimal, " +
                "DateOnly, DateTime, DateTimeOffset, TimeOnly, Guid, char, byte[], null/DBNull."),
        };

        if (state != DuckDbState.Success)
        {
            throw ErrorFactory.FromMessage(
                NativeString.Borrowed(NativeMethods.duckdb_prepare_error(statement)),
                $"DuckDB could not bind parameter ${placeholder}.");
        }
    }

    private static DuckDbState BindDateTime(PreparedStatementHandle statement, ulong index, DateTime value, DuckDbParameter parameter)
    {
        var asDate = parameter.HasExplicitDbType ? parameter.DbType == DbType.Date : value.TimeOfDay == TimeSpan.Zero;
        return asDate
            ? NativeMethods.duckdb_bind_date(statement, index, new NativeDate(DateTimeConversion.ToDays(DateOnly.FromDateTime(value))))
            : NativeMethods.duckdb_bind_timestamp(statement, index, new NativeTimestamp(DateTimeConversion.ToMicros(value)));
    }

    private static DuckDbState BindText(PreparedStatementHandle statement, ulong index, string text)
    {
        using var utf8 = new Utf8Scratch(text, stackalloc byte[256]);
        fixed (byte* pointer = utf8.Buffer)
        {
            return NativeMethods.duckdb_bind_varchar_length(statement, index, pointer, (ulong)utf8.Length);
        }
    }

    private static DuckDbState BindBlob(PreparedStatementHandle statement, ulong index, byte[] value)
    {
        byte dummy = 0;
        fixed (byte* pointer = value)
        {
            return NativeMethods.duckdb_bind_blob(statement, index, value.Length == 0 ? &dummy : pointer, (ulong)value.Length);
        }
    }
}
