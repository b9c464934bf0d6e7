using Microsoft.OData.UriParser.Aggregation;

namespace EcomCompare.OData.Translation;

/// <summary>Binds <c>$apply</c>: each transformation turns one scope into the next (a groupby nests a SELECT).</summary>
internal interface IApplyBinder
{
    QueryScope Bind(ApplyClause apply, QueryScope scope);
}
