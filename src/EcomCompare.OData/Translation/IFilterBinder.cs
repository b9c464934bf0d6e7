using EcomCompare.Cube.Sql;
using Microsoft.OData.UriParser;

namespace EcomCompare.OData.Translation;

/// <summary>Binds a parsed expression (<c>$filter</c>, an <c>$orderby</c> key, a compute or aggregate operand) to SQL over a scope.</summary>
internal interface IFilterBinder
{
    /// <summary>The SQL for <paramref name="node"/>; values become parameters.</summary>
    /// <exception cref="Query.ODataServiceException">400 for a name not in scope or a bad value, 501 for an unsupported node or function.</exception>
    SqlExpr Bind(SingleValueNode node);

    /// <summary>The type of <paramref name="node"/> as the translator knows it (aggregated names included).</summary>
    ValueKind TypeOf(SingleValueNode node);
}
