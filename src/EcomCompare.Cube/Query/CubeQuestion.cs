namespace EcomCompare.Cube.Query;

/// <summary>
/// A question to the cube: the money (and number of budget lines) of a slice, grouped by some dimensions, with
/// optional subtotals (roll-up along the dimensions' order, or every combination) and shares.
/// </summary>
/// <param name="By">Dimensions to group by, outermost first. Empty: one grand total.</param>
/// <param name="Slice">Which members to keep.</param>
/// <param name="Totals">Subtotal rows to add.</param>
/// <param name="ShareWithin">
/// Dimensions whose members each share is taken within: <c>[Province]</c> with <c>By = [Province, Source]</c> gives
/// each source's share of its province's budget; empty gives shares of the grand total.
/// </param>
/// <param name="Language">The labels' language (Vietnamese by default).</param>
public sealed record CubeQuestion(
    IReadOnlyList<CubeDimension> By,
    CubeSlice Slice,
    CubeTotals Totals = CubeTotals.None,
    IReadOnlyList<CubeDimension>? ShareWithin = null,
    Language Language = Language.Vi);

/// <summary>Subtotals.</summary>
public enum CubeTotals
{
    /// <summary>Only the grouped rows.</summary>
    None,

    /// <summary><c>ROLLUP</c>: subtotals along the dimensions' order and a grand total (drill-down paths).</summary>
    Rollup,

    /// <summary><c>CUBE</c>: subtotals for every combination of the dimensions (pivot margins).</summary>
    Cube,
}
