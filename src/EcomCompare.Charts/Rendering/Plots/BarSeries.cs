namespace EcomCompare.Charts.Rendering.Plots;

/// <summary>A colour of a bar plot and what it means (a funding source, a province).</summary>
internal sealed record BarSeries(string Label, string Color);

/// <summary>One stacked piece of a bar: a value of a series, with its label if it should have one.</summary>
internal sealed record BarSegment(int Series, double Value, string? Label);

/// <summary>
/// One bar: in band <paramref name="Band"/>, slot <paramref name="Slot"/> of the band's slots (grouped bars), its
/// segments stacked from zero, and a label past its end (the total, or "no money").
/// </summary>
internal sealed record Bar(int Band, int Slot, IReadOnlyList<BarSegment> Segments, string? EndLabel = null);
