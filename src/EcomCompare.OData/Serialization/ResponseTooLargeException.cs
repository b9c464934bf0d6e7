namespace EcomCompare.OData.Serialization;

/// <summary>The response being read or written passed <see cref="ODataServiceOptions.MaxResponseBytes"/>: nothing of it is sent.</summary>
internal sealed class ResponseTooLargeException(long limit) : Exception($"the response passed {limit} bytes")
{
    /// <summary>The limit, in bytes.</summary>
    public long Limit { get; } = limit;
}
