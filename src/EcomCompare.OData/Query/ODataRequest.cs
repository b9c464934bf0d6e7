using EcomCompare.OData.Model;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

namespace EcomCompare.OData.Query;

/// <summary>A parsed request: the path and every query option, as Microsoft.OData.Core's parser understood them.</summary>
internal sealed class ODataRequest
{
    public required ODataRequestKind Kind { get; init; }

    /// <summary>The service root, <c>http://host/odata/</c>.</summary>
    public required Uri ServiceRoot { get; init; }

    /// <summary>The path after the service root as the client sent it (still percent-encoded).</summary>
    public required string RawPath { get; init; }

    /// <summary>The query string's name/value pairs as the client sent them (still percent-encoded), in order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> RawQuery { get; init; }

    public ODataPath? Path { get; init; }

    public CubeEntitySet? Set { get; init; }

    public IEdmEntitySet? EntitySet { get; init; }

    /// <summary>Key values of an entity request, by key property name.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> Key { get; init; } = [];

    /// <summary>The property of a property request.</summary>
    public string? PropertyName { get; init; }

    public FilterClause? Filter { get; init; }

    public OrderByClause? OrderBy { get; init; }

    public SelectExpandClause? Select { get; init; }

    public ApplyClause? Apply { get; init; }

    public long? Top { get; init; }

    public long? Skip { get; init; }

    public bool Count { get; init; }

    public string? SkipToken { get; init; }

    /// <summary>The <c>$format</c> value, if any.</summary>
    public string? Format { get; init; }
}
