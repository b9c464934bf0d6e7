namespace EcomCompare.Charts.Requests;

/// <summary>The picture format of a chart URL.</summary>
internal enum ChartFormat
{
    Svg,
    Png,
}
