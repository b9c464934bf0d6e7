namespace EcomCompare.Charts.Rendering.Plots;

/// <summary>
/// A line across the bands (years): one value per band, null where there is none (the line breaks there), and
/// the label of each point.
/// </summary>
internal sealed record LineSeries(string Label, string Color, string? Dash, MarkerShape Marker, IReadOnlyList<double?> Values, IReadOnlyList<string?> PointLabels);
