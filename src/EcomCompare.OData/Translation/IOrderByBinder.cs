using Microsoft.OData.UriParser;

namespace EcomCompare.OData.Translation;

/// <summary>Binds <c>$orderby</c> and completes it to a total order (the scope's keys last), as keyset paging needs.</summary>
internal interface IOrderByBinder
{
    IReadOnlyList<BoundOrder> Bind(OrderByClause? clause, QueryScope scope);
}
