namespace EcomCompare.Dashboard.Charts;

/// <summary>One bar of a <see cref="StackedBarChart"/>: a province and its stacked segments.</summary>
/// <param name="Key">Stable key (province code).</param>
/// <param name="Label">Category label drawn left of the bar.</param>
/// <param name="Segments">Segments, stacked left to right.</param>
/// <param name="TotalText">Text drawn after the bar (absolute mode), e.g. the total amount.</param>
/// <param name="Link">Where clicking the bar's label or total goes (the view filtered to its province), or none.</param>
public sealed record BarRow(string Key, string Label, IReadOnlyList<BarSegment> Segments, string? TotalText = null, ChartLink? Link = null);

/// <summary>A segment of a stacked bar.</summary>
/// <param name="Key">Stable key (source code), used for the test id.</param>
/// <param name="Label">Series name for the tooltip (e.g. "Trung ương").</param>
/// <param name="Color">Fill colour.</param>
/// <param name="Value">Amount (absolute mode) — the share mode normalises the row.</param>
/// <param name="AmountText">Formatted amount without unit (the chart says the unit once), for labels and tooltips.</param>
/// <param name="ShareText">Formatted share of the row, for the 100% labels and tooltips.</param>
/// <param name="Link">Where clicking the segment goes (the view filtered to its province and source), or none.</param>
public sealed record BarSegment(string Key, string Label, string Color, double Value, string AmountText, string ShareText, ChartLink? Link = null);
