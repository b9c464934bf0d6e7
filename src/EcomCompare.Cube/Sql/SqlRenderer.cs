using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcomCompare.Cube.Schema;

namespace EcomCompare.Cube.Sql;

/// <summary>
/// Renders a <see cref="SqlSelect"/> to DuckDB SQL text plus parameters. The one place SQL text is made:
/// values become <c>$n</c> parameters, identifiers are checked against <c>[A-Za-z_][A-Za-z0-9_]*</c> and quoted,
/// relations must be cube relations, and nesting is bounded.
/// </summary>
public static partial class SqlRenderer
{
    /// <summary>Deepest expression/subquery nesting rendered before giving up.</summary>
    public const int MaxDepth = 64;

    /// <summary>Renders a statement.</summary>
    public static SqlStatement Render(SqlSelect select)
    {
        var context = new Context();
        var text = new StringBuilder();
        context.Select(text, select, 0);
        return new SqlStatement(text.ToString(), context.Parameters);
    }

    /// <summary>True when <paramref name="name"/> can be used as a column name or alias.</summary>
    public static bool IsIdentifier(string name) => Identifier().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    private sealed class Context
    {
        public List<object?> Parameters { get; } = [];

        public void Select(StringBuilder sql, SqlSelect select, int depth)
        {
            Guard(depth);
            sql.Append("SELECT ");
            if (select.Distinct)
            {
                sql.Append("DISTINCT ");
            }

            if (select.Items.Count == 0)
            {
                sql.Append('*');
            }
            else
            {
                for (var i = 0; i < select.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sql.Append(", ");
                    }

                    Expr(sql, select.Items[i].Expr, depth + 1);
                    sql.Append(" AS ").Append(Quote(select.Items[i].Alias));
                }
            }

            sql.Append(" FROM ");
            switch (select.From)
            {
                case SqlRelation relation:
                    if (!CubeSchema.Relations.Contains(relation.Name))
                    {
                        throw new SqlRenderException($"'{relation.Name}' is not a cube relation");
                    }

                    sql.Append(Quote(relation.Name));
                    break;
                case SqlSubquery subquery:
                    sql.Append('(');
                    Select(sql, subquery.Inner, depth + 1);
                    sql.Append(") AS ").Append(Quote(string.Create(CultureInfo.InvariantCulture, $"t{depth + 1}")));
                    break;
                default:
                    throw new SqlRenderException($"unknown FROM {select.From.GetType().Name}");
            }

            if (select.Where is not null)
            {
                sql.Append(" WHERE ");
                Expr(sql, select.Where, depth + 1);
            }

            if (select.GroupBy is not null)
            {
                sql.Append(" GROUP BY ");
                GroupBy(sql, select.GroupBy, depth + 1);
            }

            if (select.Having is not null)
            {
                sql.Append(" HAVING ");
                Expr(sql, select.Having, depth + 1);
            }

            if (select.OrderBy.Count > 0)
            {
                sql.Append(" ORDER BY ");
                Orders(sql, select.OrderBy, depth + 1);
            }

            if (select.Limit is { } limit)
            {
                sql.Append(" LIMIT ").Append(Bind(limit));
            }

            if (select.Offset is { } offset)
            {
                sql.Append(" OFFSET ").Append(Bind(offset));
            }
        }

        private void GroupBy(StringBuilder sql, SqlGroupBy groupBy, int depth)
        {
            switch (groupBy)
            {
                case SqlPlainGroupBy plain:
                    List(sql, plain.Columns, depth);
                    break;
                case SqlRollup rollup:
                    sql.Append("ROLLUP (");
                    List(sql, rollup.Columns, depth);
                    sql.Append(')');
                    break;
                case SqlCube cube:
                    sql.Append("CUBE (");
                    List(sql, cube.Columns, depth);
                    sql.Append(')');
                    break;
                case SqlGroupingSets sets:
                    sql.Append("GROUPING SETS (");
                    for (var i = 0; i < sets.Sets.Count; i++)
                    {
                        if (i > 0)
                        {
                            sql.Append(", ");
                        }

                        sql.Append('(');
                        List(sql, sets.Sets[i], depth);
                        sql.Append(')');
                    }

                    sql.Append(')');
                    break;
                default:
                    throw new SqlRenderException($"unknown GROUP BY {groupBy.GetType().Name}");
            }
        }

        private void Orders(StringBuilder sql, IReadOnlyList<SqlOrder> orders, int depth)
        {
            for (var i = 0; i < orders.Count; i++)
            {
                if (i > 0)
                {
                    sql.Append(", ");
                }

                Expr(sql, orders[i].Expr, depth);
                sql.Append(orders[i].Descending ? " DESC NULLS LAST" : " ASC NULLS FIRST");
            }
        }

        private void List(StringBuilder sql, IReadOnlyList<SqlExpr> items, int depth)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    sql.Append(", ");
                }

                Expr(sql, items[i], depth);
            }
        }

        private void Expr(StringBuilder sql, SqlExpr expr, int depth)
        {
            Guard(depth);
            switch (expr)
            {
                case SqlColumn column:
                    sql.Append(Quote(column.Name));
                    break;
                case SqlParam param:
                    sql.Append(Bind(param.Value));
                    break;
                case SqlBinary binary:
                    Binary(sql, binary, depth);
                    break;
                case SqlUnary { Op: SqlUnaryOp.Not } not:
                    sql.Append("(NOT ");
                    Expr(sql, not.Operand, depth + 1);
                    sql.Append(')');
                    break;
                case SqlUnary { Op: SqlUnaryOp.Negate } negate:
                    sql.Append("(-");
                    Expr(sql, negate.Operand, depth + 1);
                    sql.Append(')');
                    break;
                case SqlFunction function:
                    Function(sql, function, depth);
                    break;
                case SqlAggregate aggregate:
                    Aggregate(sql, aggregate, depth);
                    break;
                case SqlWindowSum window:
                    sql.Append("SUM(");
                    Expr(sql, window.Arg, depth + 1);
                    sql.Append(") OVER (");
                    if (window.PartitionBy.Count > 0)
                    {
                        sql.Append("PARTITION BY ");
                        List(sql, window.PartitionBy, depth + 1);
                    }

                    sql.Append(')');
                    break;
                case SqlRowNumber rowNumber:
                    sql.Append("ROW_NUMBER() OVER (");
                    if (rowNumber.OrderBy.Count > 0)
                    {
                        sql.Append("ORDER BY ");
                        Orders(sql, rowNumber.OrderBy, depth + 1);
                    }

                    sql.Append(')');
                    break;
                case SqlGrouping grouping:
                    sql.Append("GROUPING(");
                    List(sql, grouping.Columns, depth + 1);
                    sql.Append(')');
                    break;
                case SqlIsNull isNull:
                    sql.Append('(');
                    Expr(sql, isNull.Operand, depth + 1);
                    sql.Append(isNull.Negated ? " IS NOT NULL)" : " IS NULL)");
                    break;
                case SqlIn inList when inList.Values.Count == 0:
                    sql.Append("FALSE");
                    break;
                case SqlIn inList:
                    sql.Append('(');
                    Expr(sql, inList.Operand, depth + 1);
                    sql.Append(" IN (");
                    List(sql, inList.Values, depth + 1);
                    sql.Append("))");
                    break;
                case SqlCast cast:
                    sql.Append("CAST(");
                    Expr(sql, cast.Operand, depth + 1);
                    sql.Append(" AS ").Append(TypeName(cast.Type)).Append(')');
                    break;
                case SqlCase @case:
                    sql.Append("CASE");
                    foreach (var (when, then) in @case.Branches)
                    {
                        sql.Append(" WHEN ");
                        Expr(sql, when, depth + 1);
                        sql.Append(" THEN ");
                        Expr(sql, then, depth + 1);
                    }

                    if (@case.Else is not null)
                    {
                        sql.Append(" ELSE ");
                        Expr(sql, @case.Else, depth + 1);
                    }

                    sql.Append(" END");
                    break;
                default:
                    throw new SqlRenderException($"unknown expression {expr.GetType().Name}");
            }
        }

        private void Binary(StringBuilder sql, SqlBinary binary, int depth)
        {
            sql.Append('(');
            Expr(sql, binary.Left, depth + 1);
            sql.Append(binary.Op switch
            {
                SqlBinaryOp.Equal => " = ",
                SqlBinaryOp.NotEqual => " <> ",
                SqlBinaryOp.Less => " < ",
                SqlBinaryOp.LessOrEqual => " <= ",
                SqlBinaryOp.Greater => " > ",
                SqlBinaryOp.GreaterOrEqual => " >= ",
                SqlBinaryOp.And => " AND ",
                SqlBinaryOp.Or => " OR ",
                SqlBinaryOp.Add => " + ",
                SqlBinaryOp.Subtract => " - ",
                SqlBinaryOp.Multiply => " * ",
                SqlBinaryOp.Divide => " / NULLIF(",
                SqlBinaryOp.Modulo => " % NULLIF(",
                SqlBinaryOp.IntegerDivide => " // NULLIF(",
                SqlBinaryOp.IsDistinctFrom => " IS DISTINCT FROM ",
                SqlBinaryOp.IsNotDistinctFrom => " IS NOT DISTINCT FROM ",
                _ => throw new SqlRenderException($"unknown operator {binary.Op}"),
            });
            Expr(sql, binary.Right, depth + 1);
            sql.Append(binary.Op is SqlBinaryOp.Divide or SqlBinaryOp.Modulo or SqlBinaryOp.IntegerDivide ? ", 0))" : ")");
        }

        private void Function(StringBuilder sql, SqlFunction function, int depth)
        {
            var (name, arity) = function.Name switch
            {
                SqlFunctionName.Contains => ("contains", 2),
                SqlFunctionName.StartsWith => ("starts_with", 2),
                SqlFunctionName.EndsWith => ("ends_with", 2),
                SqlFunctionName.Lower => ("lower", 1),
                SqlFunctionName.Upper => ("upper", 1),
                SqlFunctionName.Length => ("length", 1),
                SqlFunctionName.Trim => ("trim", 1),
                SqlFunctionName.IndexOf => ("strpos", 2),
                SqlFunctionName.Substring => ("substring", -1),
                SqlFunctionName.Concat => ("concat", 2),
                SqlFunctionName.Round => ("round", 1),
                SqlFunctionName.Floor => ("floor", 1),
                SqlFunctionName.Ceiling => ("ceil", 1),
                SqlFunctionName.Year => ("year", 1),
                SqlFunctionName.Month => ("month", 1),
                SqlFunctionName.Day => ("day", 1),
                SqlFunctionName.Coalesce => ("coalesce", -1),
                _ => throw new SqlRenderException($"unknown function {function.Name}"),
            };
            if (arity >= 0 && function.Args.Count != arity)
            {
                throw new SqlRenderException($"{name} takes {arity} argument(s), not {function.Args.Count}");
            }

            if (function.Name == SqlFunctionName.Substring && function.Args.Count is not (2 or 3))
            {
                throw new SqlRenderException("substring takes 2 or 3 arguments");
            }

            if (function.Name == SqlFunctionName.IndexOf)
            {
                // OData indexof is 0-based and -1 when absent; strpos is 1-based and 0 when absent.
                sql.Append("(strpos(");
                Expr(sql, function.Args[0], depth + 1);
                sql.Append(", ");
                Expr(sql, function.Args[1], depth + 1);
                sql.Append(") - 1)");
                return;
            }

            sql.Append(name).Append('(');
            for (var i = 0; i < function.Args.Count; i++)
            {
                if (i > 0)
                {
                    sql.Append(", ");
                }

                Expr(sql, function.Args[i], depth + 1);
                if (function.Name == SqlFunctionName.Substring && i == 1)
                {
                    sql.Append(" + 1"); // OData substring is 0-based
                }
            }

            sql.Append(')');
        }

        private void Aggregate(StringBuilder sql, SqlAggregate aggregate, int depth)
        {
            sql.Append(aggregate.Kind switch
            {
                SqlAggregateKind.Sum => "SUM(",
                SqlAggregateKind.Average => "AVG(",
                SqlAggregateKind.Min => "MIN(",
                SqlAggregateKind.Max => "MAX(",
                SqlAggregateKind.Count => "COUNT(",
                SqlAggregateKind.CountDistinct => "COUNT(DISTINCT ",
                _ => throw new SqlRenderException($"unknown aggregate {aggregate.Kind}"),
            });
            if (aggregate.Arg is null)
            {
                if (aggregate.Kind != SqlAggregateKind.Count)
                {
                    throw new SqlRenderException($"{aggregate.Kind} needs an argument");
                }

                sql.Append('*');
            }
            else
            {
                Expr(sql, aggregate.Arg, depth + 1);
            }

            sql.Append(')');
            if (aggregate.Filter is not null)
            {
                sql.Append(" FILTER (WHERE ");
                Expr(sql, aggregate.Filter, depth + 1);
                sql.Append(')');
            }
        }

        private string Bind(object? value)
        {
            Parameters.Add(value switch
            {
                null or string or int or long or double or decimal or bool or DateOnly => value,
                short s => (int)s,
                float f => (double)f,
                _ => throw new SqlRenderException($"cannot bind a {value.GetType().Name}"),
            });
            return string.Create(CultureInfo.InvariantCulture, $"${Parameters.Count}");
        }

        private static string Quote(string identifier) =>
            IsIdentifier(identifier) ? $"\"{identifier}\"" : throw new SqlRenderException($"'{identifier}' is not a valid identifier");

        private static string TypeName(SqlType type) => type switch
        {
            SqlType.Varchar => "VARCHAR",
            SqlType.Integer => "INTEGER",
            SqlType.BigInt => "BIGINT",
            SqlType.Double => "DOUBLE",
            SqlType.Money => "DECIMAL(18,3)",
            SqlType.MoneySum => "DECIMAL(38,3)",
            SqlType.Boolean => "BOOLEAN",
            SqlType.Date => "DATE",
            _ => throw new SqlRenderException($"unknown type {type}"),
        };

        private static void Guard(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new SqlRenderException($"the query nests deeper than {MaxDepth} levels");
            }
        }
    }
}

/// <summary>A query the renderer refuses to render (too deep, bad identifier, not a cube relation).</summary>
public sealed class SqlRenderException(string message) : Exception(message);
