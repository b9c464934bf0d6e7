namespace EcomCompare.Charts.Png;

/// <summary>The PNG could not be made (rasteriser missing, failed or too slow): the endpoint answers 503, never a broken image.</summary>
internal sealed class RasterizerException(string message, Exception? inner = null) : Exception(message, inner);
