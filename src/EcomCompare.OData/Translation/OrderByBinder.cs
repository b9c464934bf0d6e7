using Microsoft.OData.UriParser;

namespace EcomCompare.OData.Translation;

/// <summary>
/// <c>$orderby</c> → ORDER BY keys. The client's keys come first; the scope's identifying keys (the entity key, or the
/// grouping properties after a groupby) are appended, so the order is total and a <c>$skiptoken</c> can say exactly
/// which row a page ended on. (How many keys a client may give is ODataValidationSettings.MaxOrderByNodeCount,
/// checked when the request is parsed.)
/// </summary>
internal sealed class OrderByBinder(ODataServiceOptions options) : IOrderByBinder
{
    public IReadOnlyList<BoundOrder> Bind(OrderByClause? clause, QueryScope scope)
    {
        var orders = new List<BoundOrder>();
        var binder = new FilterBinder(scope, options, "$orderby");
        for (var item = clause; item is not null; item = item.ThenBy)
        {
            var name = item.Expression switch
            {
                SingleValuePropertyAccessNode property => property.Property.Name,
                SingleValueOpenPropertyAccessNode open => open.Name,
                ConvertNode { Source: SingleValueOpenPropertyAccessNode open } => open.Name,
                _ => null,
            };
            if (name is not null && orders.Any(o => o.Name == name))
            {
                continue; // a second key on the same property changes nothing
            }

            orders.Add(
                new BoundOrder(binder.Bind(item.Expression), item.Direction == OrderByDirection.Descending, binder.TypeOf(item.Expression), name));
        }

        foreach (var key in scope.Keys)
        {
            if (orders.All(o => o.Name != key))
            {
                var column = scope.Find(key)!;
                orders.Add(new BoundOrder(column.Expr, Descending: false, column.Type, key));
            }
        }

        return orders;
    }
}
