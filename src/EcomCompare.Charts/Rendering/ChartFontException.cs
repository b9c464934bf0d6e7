namespace EcomCompare.Charts.Rendering;

/// <summary>The chart font is not installed: the endpoint answers 503 with this message, never a picture in the wrong font.</summary>
internal sealed class ChartFontException(string message) : Exception(message);
