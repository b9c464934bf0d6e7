using System.Globalization;

namespace EcomCompare.DuckDb.Internal;

/// <summary>DuckDB DATE/TIME/TIMESTAMP encodings (days or ticks since 1970-01-01) to and from .NET types.</summary>
internal static class DateTimeConversion
{
    /// <summary><c>new DateOnly(1970, 1, 1).DayNumber</c>.</summary>
    public const int UnixEpochDayNumber = 719_162;

    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    public static DateOnly ToDateOnly(int days)
    {
        var dayNumber = (long)days + UnixEpochDayNumber;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"The DATE value ({days} days from 1970-01-01, e.g. 'infinity') is outside the range of DateOnly/DateTime."));
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    public static int ToDays(DateOnly date) => date.DayNumber - UnixEpochDayNumber;

    /// <summary>Converts an offset from the epoch, in units of <paramref name="ticksPerUnit"/> (or 1/100 tick for ns).</summary>
    public static DateTime ToDateTime(long value, long ticksPerUnit, DateTimeKind kind)
    {
        long ticks;
        try
        {
            ticks = ticksPerUnit == 0 ? value / 100 : checked(value * ticksPerUnit);
            ticks = checked(ticks + UnixEpochTicks);
        }
        catch (OverflowException)
        {
            ticks = -1;
        }

        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"The TIMESTAMP value {value} (e.g. 'infinity') is outside the range of DateTime."));
        }

        return new DateTime(ticks, kind);
    }

    public static long ToMicros(DateTime value) => (value.Ticks - UnixEpochTicks) / TimeSpan.TicksPerMicrosecond;

    public static long ToMicros(TimeOnly value) => value.Ticks / TimeSpan.TicksPerMicrosecond;
}
