namespace EcomCompare.Cube.Sql;

/// <summary>A SELECT statement over one cube relation or a nested SELECT.</summary>
public sealed record SqlSelect
{
    /// <summary>Select list; empty means <c>*</c>.</summary>
    public IReadOnlyList<SqlSelectItem> Items { get; init; } = [];

    /// <summary>What it reads from.</summary>
    public required SqlFrom From { get; init; }

    /// <summary>WHERE, or null.</summary>
    public SqlExpr? Where { get; init; }

    /// <summary>GROUP BY, or null.</summary>
    public SqlGroupBy? GroupBy { get; init; }

    /// <summary>HAVING, or null.</summary>
    public SqlExpr? Having { get; init; }

    /// <summary>ORDER BY.</summary>
    public IReadOnlyList<SqlOrder> OrderBy { get; init; } = [];

    /// <summary>LIMIT (bound as a parameter).</summary>
    public long? Limit { get; init; }

    /// <summary>OFFSET (bound as a parameter).</summary>
    public long? Offset { get; init; }

    /// <summary>SELECT DISTINCT.</summary>
    public bool Distinct { get; init; }
}

/// <summary>One select-list entry; the alias must be a plain identifier.</summary>
public sealed record SqlSelectItem(SqlExpr Expr, string Alias);

/// <summary>ORDER BY entry. Nulls sort first ascending and last descending, as OData orders them.</summary>
public sealed record SqlOrder(SqlExpr Expr, bool Descending = false);

/// <summary>The FROM clause.</summary>
public abstract record SqlFrom;

/// <summary>A relation of the cube, by name; only names in <see cref="Schema.CubeSchema.Relations"/> render.</summary>
public sealed record SqlRelation(string Name) : SqlFrom;

/// <summary>A nested SELECT: one step of a transformation pipeline.</summary>
public sealed record SqlSubquery(SqlSelect Inner) : SqlFrom;

/// <summary>GROUP BY flavours.</summary>
public abstract record SqlGroupBy;

/// <summary><c>GROUP BY a, b</c>.</summary>
public sealed record SqlPlainGroupBy(IReadOnlyList<SqlExpr> Columns) : SqlGroupBy;

/// <summary><c>GROUP BY GROUPING SETS ((a, b), (a), ())</c>.</summary>
public sealed record SqlGroupingSets(IReadOnlyList<IReadOnlyList<SqlExpr>> Sets) : SqlGroupBy;

/// <summary><c>GROUP BY ROLLUP (a, b)</c>.</summary>
public sealed record SqlRollup(IReadOnlyList<SqlExpr> Columns) : SqlGroupBy;

/// <summary><c>GROUP BY CUBE (a, b)</c>.</summary>
public sealed record SqlCube(IReadOnlyList<SqlExpr> Columns) : SqlGroupBy;
