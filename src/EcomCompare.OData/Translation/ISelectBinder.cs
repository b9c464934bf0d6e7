using Microsoft.OData.UriParser;

namespace EcomCompare.OData.Translation;

/// <summary>Binds <c>$select</c> to the names written, in the client's order.</summary>
internal interface ISelectBinder
{
    IReadOnlyList<ScopeColumn> Bind(SelectExpandClause? clause, QueryScope scope);
}
