using EcomCompare.Cube.Query;

namespace EcomCompare.Dashboard.Pages;

/// <summary>What the explorer shows: a pivot tree with subtotals.</summary>
/// <param name="Rows">Row dimensions, outermost first.</param>
/// <param name="Column">The dimension spread across, or null for a single total column.</param>
/// <param name="Columns">Column members (key, label); empty without a column dimension.</param>
/// <param name="Roots">First-level rows; each has its sub-levels as children.</param>
/// <param name="Grand">The grand-total row.</param>
public sealed record PivotModel(
    IReadOnlyList<CubeDimension> Rows, CubeDimension? Column, IReadOnlyList<PivotMember> Columns, IReadOnlyList<PivotNode> Roots, PivotNode Grand)
{
    /// <summary>Every row in display order (subtotal before its children), whatever is collapsed.</summary>
    public IEnumerable<PivotNode> All => Roots.SelectMany(r => r.SelfAndDescendants);
}

/// <summary>A column member.</summary>
/// <param name="Key">Member key.</param>
/// <param name="Label">Display label.</param>
public sealed record PivotMember(string Key, string Label);

/// <summary>A pivot row: a member at some level (with its subtotal) or a detail row.</summary>
/// <param name="Path">Member keys from the outermost dimension down, joined by <c>~</c> (the address's <c>closed=</c> uses it).</param>
/// <param name="Level">0 for the outermost dimension.</param>
/// <param name="Labels">Member labels from the outermost dimension down to this level.</param>
/// <param name="Values">One amount per column member (null: no budget line); a single value without a column dimension.</param>
/// <param name="Total">The row's total.</param>
/// <param name="Children">The next level's rows (empty at the innermost level).</param>
public sealed record PivotNode(
    string Path, int Level, IReadOnlyList<string> Labels, IReadOnlyList<decimal?> Values, decimal Total, IReadOnlyList<PivotNode> Children)
{
    /// <summary>This row's own label.</summary>
    public string Label => Labels.Count == 0 ? string.Empty : Labels[^1];

    /// <summary>This row, then its descendants depth-first.</summary>
    public IEnumerable<PivotNode> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);
}
