using EcomCompare.Cube.Sql;
using Microsoft.OData.Edm;

namespace EcomCompare.OData.Translation;

/// <summary>
/// Static upper bounds the binders check before any SQL runs: how long a computed text can be, and how many nodes
/// an expression has once the aliases it uses are inlined (a chain of computes that each double an earlier alias
/// grows exponentially though the URL stays short).
/// </summary>
internal static class TextBounds
{
    /// <summary>The longest text a non-text value becomes in <c>concat</c>: a decimal(38) with sign and point, a date, a boolean.</summary>
    public const long NonText = 48;

    /// <summary>The most characters a value of <paramref name="type"/> can have as text.</summary>
    public static long Of(ValueKind type, ODataServiceOptions options) =>
        type.Kind is EdmPrimitiveTypeKind.String or EdmPrimitiveTypeKind.None ? options.MaxPropertyTextLength : NonText;

    /// <summary>a + b, never past <see cref="long.MaxValue"/>.</summary>
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>
    /// The nodes of <paramref name="expr"/> as it will be rendered (a sub-expression used twice counts twice), or
    /// <paramref name="cap"/> + 1 as soon as there are more: counted once per distinct object, so a shared
    /// sub-tree repeated a million times costs no more to count than to build.
    /// </summary>
    public static long Nodes(SqlExpr expr, long cap)
    {
        var memo = new Dictionary<SqlExpr, long>(ReferenceEqualityComparer.Instance);
        return Count(expr, cap, memo);
    }

    /// <summary>
    /// The nodes of every expression in <paramref name="select"/> and the SELECTs nested in its FROM, as rendered,
    /// or <paramref name="cap"/> + 1 as soon as there are more.
    /// </summary>
    public static long Nodes(SqlSelect select, long cap)
    {
        var memo = new Dictionary<SqlExpr, long>(ReferenceEqualityComparer.Instance);
        long total = 0;
        for (SqlSelect? current = select; current is not null; current = (current.From as SqlSubquery)?.Inner)
        {
            var groups = current.GroupBy switch
            {
                SqlPlainGroupBy plain => plain.Columns,
                SqlRollup rollup => rollup.Columns,
                SqlCube cube => cube.Columns,
                SqlGroupingSets sets => sets.Sets.SelectMany(s => s).ToList(),
                _ => [],
            };
            IEnumerable<SqlExpr?> all = [
                .. current.Items.Select(i => i.Expr), current.Where, current.Having, .. current.OrderBy.Select(o => o.Expr), .. groups];
            foreach (var expr in all)
            {
                total = Add(total, Count(expr, cap, memo));
                if (total > cap)
                {
                    return cap + 1;
                }
            }
        }

        return total;
    }

    private static long Count(SqlExpr? expr, long cap, Dictionary<SqlExpr, long> memo)
    {
        if (expr is null)
        {
            return 0;
        }

        if (memo.TryGetValue(expr, out var known))
        {
            return known;
        }

        var children = expr switch
        {
            SqlBinary binary => [binary.Left, binary.Right],
            SqlUnary unary => [unary.Operand],
            SqlFunction function => function.Args,
            SqlAggregate aggregate => new List<SqlExpr?> { aggregate.Arg, aggregate.Filter },
            SqlWindowSum window => [window.Arg, .. window.PartitionBy],
            SqlRowNumber rowNumber => rowNumber.OrderBy.Select(o => o.Expr).ToList(),
            SqlGrouping grouping => grouping.Columns,
            SqlIsNull isNull => [isNull.Operand],
            SqlIn inList => [inList.Operand, .. inList.Values],
            SqlCast cast => [cast.Operand],
            SqlCase @case => [.. @case.Branches.SelectMany(b => new[] { b.When, b.Then }), @case.Else],
            _ => (IReadOnlyList<SqlExpr?>)[],
        };
        long total = 1;
        foreach (var child in children)
        {
            total = Add(total, Count(child, cap, memo));
            if (total > cap)
            {
                total = cap + 1;
                break;
            }
        }

        memo[expr] = total;
        return total;
    }
}
