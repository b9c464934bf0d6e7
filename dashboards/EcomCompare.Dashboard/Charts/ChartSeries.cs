namespace EcomCompare.Dashboard.Charts;

/// <summary>A series of a <see cref="SeriesChart"/>: one value per category (year), null where there is none.</summary>
/// <param name="Key">Stable key.</param>
/// <param name="Label">Legend and tooltip name.</param>
/// <param name="Color">Stroke/fill colour.</param>
/// <param name="Dash">SVG dash pattern for lines (empty: solid) — tells series apart without colour.</param>
/// <param name="Values">One value per category.</param>
/// <param name="ValueTexts">Formatted values (with unit) for tooltips, aligned with <paramref name="Values"/>.</param>
/// <param name="Links">Where clicking each point or column goes, aligned with <paramref name="Values"/>; none when null.</param>
/// <param name="Labels">Short value labels drawn beside the marks where they fit (no unit), aligned with
/// <paramref name="Values"/>; none when null.</param>
public sealed record ChartSeries(string Key, string Label, string Color, string Dash, IReadOnlyList<double?> Values,
    IReadOnlyList<string> ValueTexts, IReadOnlyList<ChartLink>? Links = null, IReadOnlyList<string>? Labels = null);

/// <summary>How a <see cref="SeriesChart"/> draws its series.</summary>
public enum ChartKind
{
    /// <summary>Lines with markers.</summary>
    Lines,

    /// <summary>Grouped columns.</summary>
    Columns,
}

/// <summary>A legend entry.</summary>
/// <param name="Label">Name.</param>
/// <param name="Color">Swatch colour.</param>
/// <param name="Dash">Line dash (for line legends), empty for solid.</param>
/// <param name="Link">Where clicking the item goes (the view filtered to its source or province), or none.</param>
public sealed record LegendItem(string Label, string Color, string Dash = "", ChartLink? Link = null);
