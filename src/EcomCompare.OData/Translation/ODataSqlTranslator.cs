using System.Globalization;
using EcomCompare.Cube.Sql;
using EcomCompare.OData.Query;

namespace EcomCompare.OData.Translation;

/// <summary>
/// Composes the binders into one <see cref="SqlSelect"/> per request — rendered only by the cube's
/// <see cref="SqlRenderer"/>, run in DuckDB. Nothing is filtered, sorted, counted or aggregated in .NET.
/// </summary>
internal sealed class ODataSqlTranslator(
    ODataServiceOptions options, IApplyBinder applyBinder, IOrderByBinder orderByBinder, ISelectBinder selectBinder)
{
    public ODataSqlTranslator(ODataServiceOptions options)
        : this(options, new ApplyBinder(options), new OrderByBinder(options), new SelectBinder())
    {
    }

    /// <summary>A page of a collection: filter, order (completed to a total order), keyset continuation, limit.</summary>
    public TranslatedQuery Collection(ODataRequest request, int pageSize)
    {
        var scope = Scope(request);
        var where = Where(request, scope);
        var orders = orderByBinder.Bind(request.OrderBy, scope);
        var output = selectBinder.Bind(request.Select, scope);
        var fingerprint = SkipToken.Fingerprint(orders, scope.From);

        var rowsWhere = where;
        long? offset = request.Skip is > 0 ? request.Skip : null;
        if (request.SkipToken is { } token)
        {
            // The token already accounts for $skip: next links drop it.
            rowsWhere = SqlExpr.And(where, Keyset.After(orders, SkipToken.Decode(token, fingerprint, orders.Count)));
            offset = null;
        }

        var remaining = request.Top;
        long fetch = remaining is { } top && top <= pageSize ? top : pageSize + 1L;
        var (items, columns, orderOrdinals) = Layout(output, orders);
        return new TranslatedQuery
        {
            Rows = Bounded(new SqlSelect
            {
                Items = items,
                From = scope.From,
                Where = rowsWhere,
                OrderBy = orders.Select(o => new SqlOrder(o.Expr, o.Descending)).ToList(),
                Limit = fetch,
                Offset = offset,
            }),
            Count = request.Count ? CountOf(scope, where) : null,
            Output = columns,
            OrderOrdinals = orderOrdinals,
            KeyOrdinals = scope.Transformed ? [] : scope.Keys.Select(k => orderOrdinals[orders.ToList().FindIndex(o => o.Name == k)]).ToList(),
            OrderFingerprint = fingerprint,
            PageSize = pageSize,
            Remaining = remaining,
            Transformed = scope.Transformed,
        };
    }

    /// <summary>One entity (or one of its properties) by key.</summary>
    public TranslatedQuery Entity(ODataRequest request)
    {
        var scope = QueryScope.Of(request.Set!);
        SqlExpr? where = null;
        foreach (var (name, value) in request.Key)
        {
            var column = scope.Find(name) ?? throw ODataServiceException.BadRequest($"'{name}' is not a key of {scope.Set.Name}.", "path");
            where = SqlExpr.And(where, new SqlBinary(SqlBinaryOp.Equal, column.Expr, SqlExpr.Param(KeyValue(value))));
        }

        var output = request.PropertyName is { } property
            ? [scope.Find(property) ?? throw ODataServiceException.NotFound($"{scope.Set.Name} has no property '{property}'.", "path")]
            : selectBinder.Bind(request.Select, scope);
        var keys = scope.Keys.Select(k => new BoundOrder(scope.Find(k)!.Expr, false, scope.Find(k)!.Type, k)).ToList();
        var (items, columns, keyOrdinals) = Layout(output, keys);
        return new TranslatedQuery
        {
            Rows = Bounded(new SqlSelect { Items = items, From = scope.From, Where = where, Limit = 1 }),
            Output = columns,
            KeyOrdinals = keyOrdinals,
            PageSize = 1,
        };
    }

    /// <summary><c>/$count</c>: the number of rows the collection (after <c>$apply</c> and <c>$filter</c>) has.</summary>
    public SqlSelect Count(ODataRequest request)
    {
        var scope = Scope(request);
        return Bounded(CountOf(scope, Where(request, scope)));
    }

    // The statement as DuckDB gets it, computed names written out wherever they are used.
    private SqlSelect Bounded(SqlSelect select) => TextBounds.Nodes(select, options.MaxStatementNodes) <= options.MaxStatementNodes
        ? select
        : throw ODataServiceException.BadRequest(
            $"The query has more than {options.MaxStatementNodes} parts in all once the computed names it uses are written out. Select fewer computed names, or compute fewer values that repeat others.", "$apply");

    private QueryScope Scope(ODataRequest request)
    {
        var scope = QueryScope.Of(request.Set!);
        return request.Apply is { } apply ? applyBinder.Bind(apply, scope) : scope;
    }

    private SqlExpr? Where(ODataRequest request, QueryScope scope) =>
        request.Filter is { } filter ? SqlExpr.And(scope.Where, new FilterBinder(scope, options, "$filter").Bind(filter.Expression)) : scope.Where;

    private static SqlSelect CountOf(QueryScope scope, SqlExpr? where) => new()
    {
        Items = [new SqlSelectItem(new SqlAggregate(SqlAggregateKind.Count, null), "Count")],
        From = scope.From,
        Where = where,
    };

    // Selected properties first (named as themselves), then any order key not among them (named __k0, __k1…).
    private static (List<SqlSelectItem> Items, List<OutputColumn> Columns, List<int> OrderOrdinals) Layout(
        IReadOnlyList<ScopeColumn> output, IReadOnlyList<BoundOrder> orders)
    {
        var items = output.Select(c => new SqlSelectItem(c.Expr, c.Name)).ToList();
        var columns = output.Select((c, i) => new OutputColumn(c.Name, c.Type, c.Declared, i)).ToList();
        var ordinals = new List<int>();
        foreach (var order in orders)
        {
            var existing = items.FindIndex(item => item.Expr == order.Expr);
            if (existing < 0)
            {
                existing = items.Count;
                items.Add(new SqlSelectItem(order.Expr, string.Create(CultureInfo.InvariantCulture, $"__k{ordinals.Count}")));
            }

            ordinals.Add(existing);
        }

        return (items, columns, ordinals);
    }

    private static object? KeyValue(object value) => value switch
    {
        short s => (int)s,
        byte b => (int)b,
        string or int or long or decimal or double or bool => value,
        _ => throw ODataServiceException.BadRequest($"A key value of type {value.GetType().Name} is not supported.", "path"),
    };
}
