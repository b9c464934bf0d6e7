namespace EcomCompare.OData.Serialization;

/// <summary>A complete response, ready to send (and to cache): status, headers and body.</summary>
internal sealed record ODataPayload(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The Content-Type header.</summary>
    public string? ContentType => Headers.TryGetValue("Content-Type", out var value) ? value : null;

    public static ODataPayload From(BufferedResponseMessage message) =>
        new(message.StatusCode, message.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase), message.Body.ToArray());
}
