namespace EcomCompare.Charts.Rendering;

/// <summary>The value axis: its title (with the unit), how ticks read, and fixed limits where the measure has them.</summary>
/// <param name="Title">E.g. "Triệu đồng" or "Tỷ trọng (%)".</param>
/// <param name="TickFormat">Tick label of a value.</param>
/// <param name="Min">Fixed lower limit, or null to fit the data (zero is always included).</param>
/// <param name="Max">Fixed upper limit (1 for shares), or null to fit the data.</param>
internal sealed record ValueAxis(string Title, Func<double, string> TickFormat, double? Min = null, double? Max = null);
