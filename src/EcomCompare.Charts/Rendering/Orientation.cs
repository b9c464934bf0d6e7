namespace EcomCompare.Charts.Rendering;

/// <summary>Which way the band (category) axis runs.</summary>
internal enum Orientation
{
    /// <summary>Bands along x, values upwards: columns and lines.</summary>
    Vertical,

    /// <summary>Bands down the left side, values to the right: horizontal bars (room for long names) and heatmaps.</summary>
    Horizontal,
}
