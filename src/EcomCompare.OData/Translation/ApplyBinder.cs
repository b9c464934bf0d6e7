using EcomCompare.Cube.Sql;
using EcomCompare.OData.Query;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

namespace EcomCompare.OData.Translation;

/// <summary>
/// <c>$apply</c> → a pipeline of SELECTs. <c>filter</c> adds to the current WHERE and <c>compute</c> adds named
/// expressions (both stay in the same SELECT); <c>groupby</c> and <c>aggregate</c> close the current SELECT with a
/// GROUP BY and make it the FROM of the next step. Every aggregate runs in DuckDB.
/// </summary>
/// <example>
/// <c>filter(Year ge 2022)/groupby((ProvinceCode),aggregate(Amount with sum as Total))</c> becomes
/// <c>SELECT "ProvinceCode" AS "ProvinceCode", SUM("Amount") AS "Total" FROM "budget_lines" WHERE ("Year" &gt;= $1) GROUP BY "ProvinceCode"</c>,
/// and the page is read from it as a subquery.
/// </example>
internal sealed class ApplyBinder(ODataServiceOptions options) : IApplyBinder
{
    public QueryScope Bind(ApplyClause apply, QueryScope scope)
    {
        var steps = apply.Transformations.ToList();
        if (steps.Count > options.MaxApplyTransformations)
        {
            throw ODataServiceException.BadRequest(
                $"$apply may chain at most {options.MaxApplyTransformations} transformations, not {steps.Count}.", "$apply");
        }

        foreach (var step in steps)
        {
            scope = step switch
            {
                FilterTransformationNode filter => scope with
                {
                    Where = SqlExpr.And(scope.Where, new FilterBinder(scope, options, "$apply").Bind(filter.FilterClause.Expression)),
                },
                ComputeTransformationNode compute => Compute(scope, compute),
                GroupByTransformationNode groupBy => Group(scope, groupBy),
                AggregateTransformationNode aggregate => Aggregate(scope, [], aggregate, new Pivot([], [])),
                _ => throw ODataServiceException.NotImplemented(
                    $"$apply: the transformation '{step.Kind}' is not supported (supported: {string.Join(", ", Model.CubeEdmModel.Transformations)}).", "$apply"),
            };
        }

        return scope with { Transformed = true };
    }

    private QueryScope Compute(QueryScope scope, ComputeTransformationNode compute)
    {
        var binder = new FilterBinder(scope, options, "$apply");
        var columns = scope.Columns.ToList();
        foreach (var expression in compute.Expressions)
        {
            var alias = CheckAlias(expression.Alias, columns);
            var type = binder.TypeOf(expression.Expression);
            columns.Add(
                new ScopeColumn(alias, binder.Bind(expression.Expression), type, Declared(scope, alias, type),
                    binder.MaxText(expression.Expression)));
        }

        return scope with { Columns = columns, Transformed = true };
    }

    private QueryScope Group(QueryScope scope, GroupByTransformationNode groupBy)
    {
        var groups = new List<ScopeColumn>();
        var listed = new List<ScopeColumn>();
        foreach (var property in groupBy.GroupingProperties)
        {
            if (property.ChildTransformations.Count > 0 || property.Expression is null)
            {
                throw ODataServiceException.NotImplemented(
                    "$apply: grouping by navigation paths is not supported (every entity set is flat).", "$apply");
            }

            var name = property.Expression switch
            {
                SingleValuePropertyAccessNode access => access.Property.Name,
                SingleValueOpenPropertyAccessNode open => open.Name,
                _ => throw ODataServiceException.NotImplemented("$apply: groupby takes property names.", "$apply"),
            };
            var column = scope.Find(name) ?? throw ODataServiceException.BadRequest(
                $"$apply: '{name}' cannot be grouped by here; available: {string.Join(", ", scope.Columns.Select(c => c.Name))}.", "$apply");
            listed.Add(column);
            if (groups.All(g => g.Name != name))
            {
                groups.Add(column);
            }
        }

        // The share methods read the grouping as a pivot: the last listed property is the column, the others the row.
        // A name grouped with every code that determines it splits nothing further: it is read as part of its codes'
        // dimension, so groupby((ProvinceCode,Province,SourceCode,Source,SourceVi)) is the row province × column source.
        var dimensions = listed.Where(c => c.NameOf is not { Count: > 0 } codes || !codes.All(code => groups.Any(g => g.Name == code))).ToList();
        var pivot = new Pivot(dimensions.Count > 1 ? dimensions[..^1].Select(g => g.Name).Distinct().ToList() : [],
            dimensions.Count > 1 ? [dimensions[^1].Name] : []);
        return groupBy.ChildTransformations switch
        {
            null => Aggregate(scope, groups, null, pivot),
            AggregateTransformationNode aggregate => Aggregate(scope, groups, aggregate, pivot),
            var other => throw ODataServiceException.NotImplemented(
                $"$apply: groupby with a nested {other.Kind} is not supported; use aggregate.", "$apply"),
        };
    }

    private QueryScope Aggregate(QueryScope scope, List<ScopeColumn> groups, AggregateTransformationNode? aggregate, Pivot pivot)
    {
        if (scope.Nesting >= options.MaxApplyTransformations)
        {
            throw ODataServiceException.BadRequest($"$apply nests more than {options.MaxApplyTransformations} aggregation levels.", "$apply");
        }

        var binder = new FilterBinder(scope, options, "$apply");
        var items = groups.Select(g => new SqlSelectItem(g.Expr, g.Name)).ToList();
        var next = groups.Select(g => g with { Expr = SqlExpr.Col(g.Name) }).ToList();
        foreach (var expression in aggregate?.AggregateExpressions ?? [])
        {
            if (expression is not AggregateExpression property)
            {
                throw ODataServiceException.NotImplemented("$apply: aggregating a navigation collection is not supported.", "$apply");
            }

            var alias = CheckAlias(property.Alias, next);
            var (sql, type) = AggregateOf(property, binder, groups, pivot);
            items.Add(new SqlSelectItem(sql, alias));
            long? maxText = property.Method is AggregationMethod.Min or AggregationMethod.Max ? binder.MaxText(property.Expression) : null;
            next.Add(new ScopeColumn(alias, SqlExpr.Col(alias), type, Declared(scope, alias, type), maxText));
        }

        if (items.Count == 0)
        {
            throw ODataServiceException.BadRequest("$apply: groupby needs at least one property.", "$apply");
        }

        var select = new SqlSelect
        {
            Items = items,
            From = scope.From,
            Where = scope.Where,
            GroupBy = groups.Count > 0 ? new SqlPlainGroupBy(groups.Select(g => g.Expr).ToList()) : null,
        };
        return new QueryScope
        {
            Set = scope.Set,
            From = new SqlSubquery(select),
            Columns = next,
            Keys = groups.Select(g => g.Name).ToList(),
            Transformed = true,
            Nesting = scope.Nesting + 1,
        };
    }

    private static (SqlExpr Sql, ValueKind Type) AggregateOf(
        AggregateExpression expression, FilterBinder binder, List<ScopeColumn> groups, Pivot pivot)
    {
        if (expression.Method == AggregationMethod.VirtualPropertyCount)
        {
            return (new SqlAggregate(SqlAggregateKind.Count, null), new ValueKind(EdmPrimitiveTypeKind.Int64, false));
        }

        var operand = binder.Bind(expression.Expression);
        var type = binder.TypeOf(expression.Expression);
        if (expression.Method == AggregationMethod.Custom)
        {
            return Share(expression, operand, type, groups, pivot);
        }

        return expression.Method switch
        {
            AggregationMethod.Sum when type.IsNumeric || type.Kind == EdmPrimitiveTypeKind.None => (
                new SqlAggregate(SqlAggregateKind.Sum, operand), new ValueKind(SumKind(type), true)),
            AggregationMethod.Average when type.IsNumeric || type.Kind == EdmPrimitiveTypeKind.None => (new SqlAggregate(
                SqlAggregateKind.Average, operand), new ValueKind(
                    type.Kind == EdmPrimitiveTypeKind.Decimal ? EdmPrimitiveTypeKind.Decimal : EdmPrimitiveTypeKind.Double, true)),
            AggregationMethod.Sum or AggregationMethod.Average => throw ODataServiceException.BadRequest(
                $"$apply: {expression.Method.ToString().ToLowerInvariant()} needs a number, not {type.Kind}.", "$apply"),
            AggregationMethod.Min => (new SqlAggregate(SqlAggregateKind.Min, operand), type with { Nullable = true }),
            AggregationMethod.Max => (new SqlAggregate(SqlAggregateKind.Max, operand), type with { Nullable = true }),
            AggregationMethod.CountDistinct => (new SqlAggregate(SqlAggregateKind.CountDistinct, operand), new ValueKind(
                EdmPrimitiveTypeKind.Int64, false)),
            _ => throw ODataServiceException.NotImplemented(
                $"$apply: the aggregation method '{expression.MethodDefinition?.MethodLabel ?? expression.Method.ToString()}' is not supported (sum, average, min, max, countdistinct, $count are).", "$apply"),
        };
    }

    // SUM(x) / SUM(SUM(x)) OVER (PARTITION BY the row or column): the window runs over the grouped rows, in the same
    // SELECT, so DuckDB does it in one pass. A zero total gives null (the divide is NULLIF-guarded), not an error.
    // The total methods give the window's sum itself: what the share of the same row, column or whole divides by.
    private static (SqlExpr Sql, ValueKind Type) Share(
        AggregateExpression expression, SqlExpr operand, ValueKind type, List<ScopeColumn> groups, Pivot pivot)
    {
        var label = expression.MethodDefinition?.MethodLabel ?? string.Empty;
        var (partition, total) = label switch
        {
            Model.CubeEdmModel.ShareOfTotal => ([], false),
            Model.CubeEdmModel.ShareOfRow => (pivot.Row, false),
            Model.CubeEdmModel.ShareOfColumn => (pivot.Column, false),
            Model.CubeEdmModel.TotalOfAll => ([], true),
            Model.CubeEdmModel.TotalOfRow => (pivot.Row, true),
            Model.CubeEdmModel.TotalOfColumn => (pivot.Column, true),
            _ => throw ODataServiceException.NotImplemented(
                $"$apply: the aggregation method '{label}' is not supported (sum, average, min, max, countdistinct, $count and {string.Join(", ", Model.CubeEdmModel.CustomAggregationMethods)} are).", "$apply"),
        };
        if (!type.IsNumeric)
        {
            throw ODataServiceException.BadRequest($"$apply: {label} needs a number, not {type.Kind}.", "$apply");
        }

        var sum = new SqlAggregate(SqlAggregateKind.Sum, operand);
        var by = partition.Select(name => groups.First(g => g.Name == name).Expr).ToList();
        var whole = new SqlWindowSum(sum, by);
        return total
            ? (whole, new ValueKind(SumKind(type), true))
            : (new SqlBinary(SqlBinaryOp.Divide, new SqlCast(sum, SqlType.Double), whole), new ValueKind(EdmPrimitiveTypeKind.Double, true));
    }

    // A sum's type: a whole number's is Int64, an untyped one's Decimal (money), any other number's its own.
    private static EdmPrimitiveTypeKind SumKind(ValueKind type) =>
        type.IsIntegral ? EdmPrimitiveTypeKind.Int64 : type.Kind is EdmPrimitiveTypeKind.None ? EdmPrimitiveTypeKind.Decimal : type.Kind;

    /// <summary>The grouping read as a pivot, for the share methods: the row's and the column's property names.</summary>
    private sealed record Pivot(IReadOnlyList<string> Row, IReadOnlyList<string> Column);

    private static string CheckAlias(string alias, IReadOnlyList<ScopeColumn> columns)
    {
        if (!SqlRenderer.IsIdentifier(alias) || alias.StartsWith("__", StringComparison.Ordinal))
        {
            throw ODataServiceException.BadRequest(
                $"$apply: the alias '{alias}' must be ASCII letters, digits and '_' (not starting with '__').", "$apply");
        }

        if (columns.Any(c => string.Equals(c.Name, alias, StringComparison.Ordinal)))
        {
            throw ODataServiceException.BadRequest($"$apply: the alias '{alias}' is already a name in this result.", "$apply");
        }

        return alias;
    }

    // An alias that reuses a declared property's name (aggregate(Amount with sum as Amount)) is written as that
    // property when the types agree; otherwise it would contradict $metadata, so it is refused.
    private static bool Declared(QueryScope scope, string alias, ValueKind type)
    {
        var declared = scope.Set.Property(alias);
        if (declared is null)
        {
            return false;
        }

        var compatible = declared.Kind == type.Kind
            || (declared.Kind == EdmPrimitiveTypeKind.Int64 && type.IsIntegral)
            || (declared.Kind == EdmPrimitiveTypeKind.Decimal && type.IsNumeric);
        return compatible
            ? true
            : throw ODataServiceException.BadRequest(
                $"$apply: the alias '{alias}' is the name of the {declared.Kind} property {alias}; choose another name for a {type.Kind}.", "$apply");
    }
}
