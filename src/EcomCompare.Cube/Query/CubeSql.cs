using System.Globalization;
using EcomCompare.Cube.Schema;
using EcomCompare.Cube.Sql;

namespace EcomCompare.Cube.Query;

/// <summary>Compiles cube questions into <see cref="SqlSelect"/> trees over <c>budget_lines</c>.</summary>
public static class CubeSql
{
    /// <summary>The most members a pivot may spread into columns.</summary>
    public const int MaxPivotColumns = 200;

    /// <summary>
    /// <c>SELECT k0, l0, …, g0, …, amount, lines, share FROM budget_lines WHERE slice GROUP BY … ORDER BY …</c>:
    /// <c>k</c> keys and <c>l</c> labels (VARCHAR), <c>g</c> = 1 where a subtotal row rolled the dimension up.
    /// </summary>
    public static SqlSelect Compile(CubeQuestion question)
    {
        var dims = question.By.Select(DimensionColumns.Of).ToList();
        var english = question.Language == Language.En;
        var rolls = question.Totals != CubeTotals.None;
        var items = DimensionItems(dims, english, rolls);
        var amount = new SqlAggregate(SqlAggregateKind.Sum, SqlExpr.Col("Amount"));
        items.Add(new SqlSelectItem(new SqlCast(new SqlFunction(SqlFunctionName.Coalesce, [amount, SqlExpr.Param(0)]), SqlType.MoneySum), "amount"));
        items.Add(new SqlSelectItem(new SqlAggregate(SqlAggregateKind.Count, null), "lines"));
        items.Add(new SqlSelectItem(Share(question, dims, amount, rolls), "share"));

        return new SqlSelect
        {
            Items = items,
            From = new SqlRelation(CubeSchema.BudgetLines),
            Where = Where(ForBreakdown(question.Slice, question.By)),
            GroupBy = GroupBy(dims, question.Totals, english),
            OrderBy = Order(dims, rolls),
        };
    }

    /// <summary>
    /// A pivot: one row per member of the row dimensions (with roll-up subtotals if asked), one column
    /// <c>c{i}</c> per member of <paramref name="columnDimension"/> — the members are bound as parameters — and a
    /// row total.
    /// </summary>
    public static SqlSelect CompilePivot(
        IReadOnlyList<CubeDimension> rows, CubeDimension columnDimension, IReadOnlyList<string> columnMembers, CubeSlice slice, CubeTotals totals,
        Language language)
    {
        if (columnMembers.Count > MaxPivotColumns)
        {
            throw new ArgumentException($"a pivot may spread at most {MaxPivotColumns} members into columns", nameof(columnMembers));
        }

        var dims = rows.Select(DimensionColumns.Of).ToList();
        var english = language == Language.En;
        var column = DimensionColumns.Of(columnDimension).Key;
        var rolls = totals != CubeTotals.None;
        var items = DimensionItems(dims, english, rolls);
        for (var i = 0; i < columnMembers.Count; i++)
        {
            var filter = new SqlBinary(SqlBinaryOp.Equal, new SqlCast(column, SqlType.Varchar), SqlExpr.Param(columnMembers[i]));
            items.Add(
                new SqlSelectItem(new SqlCast(new SqlAggregate(SqlAggregateKind.Sum, SqlExpr.Col("Amount"), filter), SqlType.MoneySum),
                    Alias("c", i)));
        }

        var amount = new SqlAggregate(SqlAggregateKind.Sum, SqlExpr.Col("Amount"));
        items.Add(new SqlSelectItem(new SqlCast(new SqlFunction(SqlFunctionName.Coalesce, [amount, SqlExpr.Param(0)]), SqlType.MoneySum), "amount"));
        return new SqlSelect
        {
            Items = items,
            From = new SqlRelation(CubeSchema.BudgetLines),
            Where = Where(ForBreakdown(slice, [.. rows, columnDimension])),
            GroupBy = dims.Count == 0 ? null : GroupBy(dims, totals, english),
            OrderBy = Order(dims, rolls),
        };
    }

    /// <summary>The slice as a WHERE condition; null when it keeps everything.</summary>
    public static SqlExpr? Where(CubeSlice slice)
    {
        SqlExpr? where = null;
        where = SqlExpr.And(where, In(DimensionColumns.Of(CubeDimension.Province).Key, slice.Provinces));
        SqlExpr? years = null;
        if (slice.FromYear is { } from)
        {
            years = SqlExpr.And(years, new SqlBinary(SqlBinaryOp.GreaterOrEqual, SqlExpr.Col("Year"), SqlExpr.Param(from)));
        }

        if (slice.ToYear is { } to)
        {
            years = SqlExpr.And(years, new SqlBinary(SqlBinaryOp.LessOrEqual, SqlExpr.Col("Year"), SqlExpr.Param(to)));
        }

        if (years is not null && slice.WithNoYearSplit)
        {
            years = new SqlBinary(SqlBinaryOp.Or, years, new SqlIsNull(SqlExpr.Col("Year")));
        }

        where = SqlExpr.And(where, years);

        where = SqlExpr.And(where, In(DimensionColumns.Of(CubeDimension.Source).Key, slice.Sources));
        where = SqlExpr.And(where, In(DimensionColumns.Of(CubeDimension.Category).Key, slice.Categories));
        where = SqlExpr.And(where, In(DimensionColumns.Of(CubeDimension.NativeGroup).Key, slice.NativeGroups));
        where = SqlExpr.And(where, In(DimensionColumns.Of(CubeDimension.Item).Key, slice.Items));
        return where;
    }

    // A breakdown by year has no place for money without a year: a whole-period view's WithNoYearSplit does not
    // carry into it (the per-year views say beside their figures how much that is).
    private static CubeSlice ForBreakdown(CubeSlice slice, IReadOnlyList<CubeDimension> by) =>
        slice.WithNoYearSplit && by.Contains(CubeDimension.Year) ? slice with { WithNoYearSplit = false } : slice;

    // k{i} key and l{i} label of every dimension, then g{i}: 1 where a subtotal row rolled dimension i up.
    private static List<SqlSelectItem> DimensionItems(IReadOnlyList<DimensionColumns> dims, bool english, bool rolls)
    {
        var items = new List<SqlSelectItem>();
        for (var k = 0; k < dims.Count; k++)
        {
            items.Add(new SqlSelectItem(new SqlCast(dims[k].Key, SqlType.Varchar), Alias("k", k)));
            items.Add(new SqlSelectItem(new SqlCast(english ? dims[k].LabelEn : dims[k].Label, SqlType.Varchar), Alias("l", k)));
        }

        for (var k = 0; k < dims.Count; k++)
        {
            items.Add(new SqlSelectItem(rolls ? new SqlGrouping([dims[k].Key]) : new SqlCast(SqlExpr.Param(0), SqlType.Integer), Alias("g", k)));
        }

        return items;
    }

    private static SqlExpr Share(CubeQuestion question, IReadOnlyList<DimensionColumns> dims, SqlExpr amount, bool rolls)
    {
        // Subtotal rows share among themselves: partition by every dimension's grouping flag too.
        var partition = (question.ShareWithin ?? []).Select(d => DimensionColumns.Of(d).Key).ToList();
        if (rolls)
        {
            partition.AddRange(dims.Select(d => (SqlExpr)new SqlGrouping([d.Key])));
        }

        var whole = new SqlWindowSum(amount, partition);
        return new SqlBinary(SqlBinaryOp.Divide, new SqlCast(amount, SqlType.Double), new SqlCast(whole, SqlType.Double));
    }

    private static SqlGroupBy? GroupBy(IReadOnlyList<DimensionColumns> dims, CubeTotals totals, bool english)
    {
        if (dims.Count == 0)
        {
            return null;
        }

        IReadOnlyList<SqlExpr> Columns(IEnumerable<DimensionColumns> set) => set.SelectMany(d => new[] { d.Key,
            english ? d.LabelEn : d.Label }).ToList();

        return totals switch
        {
            CubeTotals.None => new SqlPlainGroupBy(Columns(dims)),
            CubeTotals.Rollup => new SqlGroupingSets(Enumerable.Range(0, dims.Count + 1).Select(n => Columns(dims.Take(dims.Count - n))).ToList()),
            CubeTotals.Cube => new SqlGroupingSets(Subsets(dims.Count).Select(mask => Columns(dims.Where((_,
                i) => (mask & (1 << i)) != 0))).ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(totals), totals, null),
        };
    }

    // Every subset of n dimensions, largest first, so the detailed rows come first in the grouping sets.
    private static IEnumerable<int> Subsets(int n) =>
        Enumerable.Range(0, 1 << n).OrderByDescending(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenByDescending(m => m);

    private static IReadOnlyList<SqlOrder> Order(IReadOnlyList<DimensionColumns> dims, bool rolls)
    {
        var order = new List<SqlOrder>();
        foreach (var dim in dims)
        {
            if (rolls)
            {
                order.Add(new SqlOrder(new SqlGrouping([dim.Key]))); // a subtotal comes after the rows it adds up
            }

            order.AddRange(dim.Order.Select(o => new SqlOrder(new SqlAggregate(SqlAggregateKind.Min, o))));
            order.Add(new SqlOrder(dim.Key));
        }

        return order;
    }

    private static SqlExpr? In(SqlExpr key, IReadOnlyList<string> members) =>
        members.Count == 0 ? null : new SqlIn(key, members.Select(m => SqlExpr.Param(m)).ToList());

    private static string Alias(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{index}");
}
