using EcomCompare.Cube.Sql;

namespace EcomCompare.OData.Translation;

/// <summary>
/// A request as SQL: the rows to read, the count to read (for <c>$count=true</c>), and how to turn result columns
/// back into OData: which properties to write, which columns hold the order keys (for the next <c>$skiptoken</c>)
/// and the entity key (for <c>@odata.id</c>).
/// </summary>
internal sealed record TranslatedQuery
{
    public required SqlSelect Rows { get; init; }

    public SqlSelect? Count { get; init; }

    public required IReadOnlyList<OutputColumn> Output { get; init; }

    public IReadOnlyList<int> OrderOrdinals { get; init; } = [];

    /// <summary>Columns of the entity key, in key order; empty after <c>$apply</c> (rows are not entities then).</summary>
    public IReadOnlyList<int> KeyOrdinals { get; init; } = [];

    public string OrderFingerprint { get; init; } = string.Empty;

    /// <summary>Rows per page; a result with more rows than this gets a next link.</summary>
    public int PageSize { get; init; }

    /// <summary>What is left of <c>$top</c> (null: no <c>$top</c>).</summary>
    public long? Remaining { get; init; }

    /// <summary>True after <c>$apply</c>: rows are dynamic, not entities.</summary>
    public bool Transformed { get; init; }
}
