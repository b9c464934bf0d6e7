namespace EcomCompare.Cube.Query;

/// <summary>The answer to a <see cref="CubeQuestion"/>.</summary>
/// <param name="By">The dimensions, as asked.</param>
/// <param name="Rows">Rows in display order (subtotals after the rows they add up).</param>
public sealed record CubeResult(IReadOnlyList<CubeDimension> By, IReadOnlyList<CubeRow> Rows)
{
    /// <summary>The grand total of the rows that roll nothing up (or of the grand-total row).</summary>
    public decimal Total => Rows.Where(r => !r.IsSubtotal).Sum(r => r.Amount);
}

/// <summary>One row of a <see cref="CubeResult"/>.</summary>
/// <param name="Keys">Member key per dimension; null where the row rolled that dimension up.</param>
/// <param name="Labels">Member label per dimension.</param>
/// <param name="RolledUp">Per dimension: true on a subtotal row that adds that dimension up.</param>
/// <param name="Amount">Million VND.</param>
/// <param name="Lines">Number of budget lines added up.</param>
/// <param name="Share">Amount ÷ the total it is a share of (0–1), or null when that total is zero.</param>
public sealed record CubeRow(
    IReadOnlyList<string?> Keys,
    IReadOnlyList<string?> Labels,
    IReadOnlyList<bool> RolledUp,
    decimal Amount,
    long Lines,
    double? Share)
{
    /// <summary>True when any dimension is rolled up.</summary>
    public bool IsSubtotal => RolledUp.Any(r => r);
}

/// <summary>A pivot: row members down, column members across.</summary>
/// <param name="Rows">Row dimensions.</param>
/// <param name="Column">The dimension spread across.</param>
/// <param name="Columns">Its members (key, label), in order.</param>
/// <param name="Cells">Rows; <see cref="PivotRow.Values"/> aligns with <see cref="Columns"/>.</param>
public sealed record PivotResult(
    IReadOnlyList<CubeDimension> Rows, CubeDimension Column, IReadOnlyList<(string Key, string Label)> Columns, IReadOnlyList<PivotRow> Cells);

/// <summary>One pivot row.</summary>
/// <param name="Keys">Row member keys; null where rolled up.</param>
/// <param name="Labels">Row member labels.</param>
/// <param name="RolledUp">Per row dimension: rolled up on this (subtotal) row.</param>
/// <param name="Values">One amount per column member; null where the slice has no line.</param>
/// <param name="Total">The row total.</param>
public sealed record PivotRow(
    IReadOnlyList<string?> Keys, IReadOnlyList<string?> Labels, IReadOnlyList<bool> RolledUp, IReadOnlyList<decimal?> Values, decimal Total);
