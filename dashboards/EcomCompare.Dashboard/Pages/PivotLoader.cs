using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Data;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// Loads the explorer: the cube's pivot (<see cref="CubeQueries.PivotAsync"/>: column members spread by filtered
/// aggregates, rows with ROLLUP grouping sets) or, without a column dimension, a ROLLUP question — then arranges
/// the rows as a tree (each subtotal above the rows it adds up).
/// </summary>
internal static class PivotLoader
{
    public const char PathSeparator = '~';

    public static async Task<PivotModel> LoadAsync(
        DashboardQueries queries, CubeSlice slice, IReadOnlyList<CubeDimension> rows, CubeDimension? column, Language language, WorkTally work,
        CancellationToken cancellation)
    {
        var flat = new List<FlatRow>();
        IReadOnlyList<PivotMember> columns;
        if (column is { } spread)
        {
            var pivot = await queries.PivotAsync(rows, spread, slice, CubeTotals.Rollup, language, work, cancellation).ConfigureAwait(false);
            columns = pivot.Columns.Select(c => new PivotMember(c.Key, c.Label)).ToList();
            flat.AddRange(pivot.Cells.Select(c => new FlatRow(c.Keys, c.Labels, c.RolledUp, c.Values, c.Total)));
        }
        else
        {
            var result = await queries.AskAsync(new CubeQuestion(rows, slice, CubeTotals.Rollup, Language: language), work,
                cancellation).ConfigureAwait(false);
            columns = [];
            flat.AddRange(result.Rows.Select(r => new FlatRow(r.Keys, r.Labels, r.RolledUp, [r.Amount], r.Amount)));
        }

        return Arrange(rows, column, columns, flat);
    }

    /// <summary>Builds the tree from ROLLUP rows: a row that keeps its first k dimensions is a level-(k−1) node.</summary>
    internal static PivotModel Arrange(
        IReadOnlyList<CubeDimension> rows,
        CubeDimension? column,
        IReadOnlyList<PivotMember> columns,
        IReadOnlyList<FlatRow> flat)
    {
        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var roots = new List<Builder>();
        var grand = new Builder(string.Empty, -1, []);
        foreach (var row in flat)
        {
            var kept = row.RolledUp.TakeWhile(r => !r).Count();
            if (kept == 0)
            {
                grand.Values = row.Values;
                grand.Total = row.Total;
                continue;
            }

            // Create the chain of ancestors on the way down (their subtotal rows come after their children).
            Builder? parent = null;
            for (var level = 0; level < kept; level++)
            {
                var path = string.Join(PathSeparator, row.Keys.Take(level + 1).Select(k => k ?? string.Empty));
                if (!builders.TryGetValue(path, out var node))
                {
                    node = new Builder(path, level, row.Labels.Take(level + 1).Select(l => l ?? string.Empty).ToList());
                    builders[path] = node;
                    (parent?.Children ?? roots).Add(node);
                }

                parent = node;
            }

            parent!.Values = row.Values;
            parent.Total = row.Total;
        }

        return new PivotModel(rows, column, columns, roots.Select(b => b.Build()).ToList(), grand.Build());
    }

    private sealed class Builder(string path, int level, IReadOnlyList<string> labels)
    {
        public List<Builder> Children { get; } = [];

        public IReadOnlyList<decimal?> Values { get; set; } = [];

        public decimal Total { get; set; }

        public PivotNode Build() => new(path, level, labels, Values, Total, Children.Select(c => c.Build()).ToList());
    }
}

/// <summary>One row of the pivot as the cube returns it, before it is arranged into a tree.</summary>
internal readonly record struct FlatRow(
    IReadOnlyList<string?> Keys, IReadOnlyList<string?> Labels, IReadOnlyList<bool> RolledUp, IReadOnlyList<decimal?> Values, decimal Total);
