namespace EcomCompare.Cube.Store;

/// <summary>The cube file is missing or cannot be opened: run <c>make cube</c>.</summary>
public sealed class CubeUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
