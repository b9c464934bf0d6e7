using EcomCompare.OData.Query;
using Microsoft.OData.UriParser;

namespace EcomCompare.OData.Translation;

/// <summary><c>$select</c> → the properties written. Without it (or with <c>*</c>) every name in scope is written.</summary>
internal sealed class SelectBinder : ISelectBinder
{
    public IReadOnlyList<ScopeColumn> Bind(SelectExpandClause? clause, QueryScope scope)
    {
        if (clause is null || clause.AllSelected)
        {
            return scope.Columns;
        }

        var selected = new List<ScopeColumn>();
        foreach (var item in clause.SelectedItems)
        {
            switch (item)
            {
                case WildcardSelectItem or NamespaceQualifiedWildcardSelectItem:
                    return scope.Columns;
                case PathSelectItem path when path.SelectedPath.Count == 1:
                    var name = path.SelectedPath.FirstSegment.Identifier;
                    var column = scope.Find(name) ?? throw ODataServiceException.BadRequest(
                        scope.Transformed
                            ? $"$select: '{name}' is not available; after $apply only {string.Join(", ", scope.Columns.Select(c => c.Name))} are."
                            : $"$select: '{name}' is not a property of {scope.Set.Name}.",
                        "$select");
                    if (!selected.Contains(column))
                    {
                        selected.Add(column);
                    }

                    break;
                case ExpandedNavigationSelectItem or ExpandedReferenceSelectItem:
                    throw ODataServiceException.NotImplemented("$expand is not supported: every entity set is flat.", "$expand");
                default:
                    throw ODataServiceException.NotImplemented("$select: only plain property names (or *) can be selected.", "$select");
            }
        }

        return selected.Count == 0 ? scope.Columns : selected;
    }
}
