using System.Globalization;
using EcomCompare.Cube.Query;

namespace EcomCompare.Views.Words;

/// <summary>
/// Every time a reader sees, in Vietnam time with its zone said: "18/11/2026 14:05 (giờ Việt Nam, UTC+7)". Vietnam
/// keeps UTC+7 all year (no daylight saving), so the offset is fixed rather than read from the server's time zone.
/// </summary>
public static class VietnamTime
{
    /// <summary>UTC+7.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The moment in Vietnam time.</summary>
    public static DateTimeOffset In(DateTimeOffset moment) => moment.ToOffset(Offset);

    /// <summary>"18/11/2026 14:05 (giờ Việt Nam, UTC+7)" / "18/11/2026 14:05 (Vietnam time, UTC+7)".</summary>
    public static string Format(DateTimeOffset moment, Language language) =>
        In(moment).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
        + (language == Language.En ? " (Vietnam time, UTC+7)" : " (giờ Việt Nam, UTC+7)");
}
