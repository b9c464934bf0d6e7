namespace EcomCompare.Charts.Svg;

/// <summary>Horizontal alignment of a text element at its x coordinate.</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
