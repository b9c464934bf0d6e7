using EcomCompare.Cube.Sql;

namespace EcomCompare.OData.Translation;

/// <summary>
/// The WHERE that continues after a row in a total order: for keys k1…kn and the last row's values v1…vn,
/// (k1 after v1) OR (k1 = v1 AND k2 after v2) OR … — with nulls first ascending and last descending, as ORDER BY
/// renders them.
/// </summary>
internal static class Keyset
{
    public static SqlExpr? After(IReadOnlyList<BoundOrder> orders, IReadOnlyList<object?> values)
    {
        SqlExpr? any = null;
        for (var i = 0; i < orders.Count; i++)
        {
            var after = After(orders[i], values[i]);
            if (after is null)
            {
                continue; // nothing sorts after a null in a descending key
            }

            SqlExpr? all = null;
            for (var j = 0; j < i; j++)
            {
                all = SqlExpr.And(all, values[j] is null
                    ? new SqlIsNull(orders[j].Expr)
                    : new SqlBinary(SqlBinaryOp.Equal, orders[j].Expr, SqlExpr.Param(values[j])));
            }

            var disjunct = SqlExpr.And(all, after)!;
            any = any is null ? disjunct : new SqlBinary(SqlBinaryOp.Or, any, disjunct);
        }

        return any ?? new SqlIn(SqlExpr.Param(1), []); // past the last row: nothing (renders FALSE)
    }

    private static SqlExpr? After(BoundOrder order, object? value)
    {
        if (value is null)
        {
            // Ascending puts nulls first: every non-null follows. Descending puts them last: nothing follows.
            return order.Descending ? null : new SqlIsNull(order.Expr, Negated: true);
        }

        var beyond = new SqlBinary(order.Descending ? SqlBinaryOp.Less : SqlBinaryOp.Greater, order.Expr, SqlExpr.Param(value));
        return order.Descending && order.Type.Nullable
            ? new SqlBinary(SqlBinaryOp.Or, beyond, new SqlIsNull(order.Expr))
            : beyond;
    }
}
