namespace EcomCompare.Charts.Rendering;

/// <summary>One entry of a chart's legend.</summary>
/// <param name="Label">What the colour means.</param>
/// <param name="Color">Fill or stroke colour.</param>
/// <param name="Symbol">A filled box (bars) or a line with its marker (lines).</param>
/// <param name="Dash">Stroke dash pattern of a line, or null for solid.</param>
/// <param name="Marker">Marker of a line.</param>
/// <param name="Order">Entries sort by it (stable): guides such as a reference line go after the data.</param>
internal sealed record LegendItem(string Label, string Color, LegendSymbol Symbol, string? Dash = null, MarkerShape Marker = MarkerShape.None, int Order = 0);

/// <summary>How a legend entry is drawn.</summary>
internal enum LegendSymbol
{
    Box,
    Line,
}
