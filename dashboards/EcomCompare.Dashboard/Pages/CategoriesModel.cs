using EcomCompare.Cube.Query;

namespace EcomCompare.Dashboard.Pages;

/// <summary>What the categories page shows: a category (or native group) × province matrix and a drill-down.</summary>
/// <param name="Native">True: the provinces' own groups; false: the harmonized categories.</param>
/// <param name="Provinces">Province columns (code, name), in manifest order.</param>
/// <param name="Rows">Matrix rows.</param>
/// <param name="ProvinceTotals">Each province's money in the slice.</param>
/// <param name="GrandTotal">All of it.</param>
/// <param name="Drill">The items behind the selected cell, if one is selected.</param>
public sealed record CategoriesModel(
    bool Native,
    IReadOnlyList<(string Code, string Name)> Provinces,
    IReadOnlyList<HeatRow> Rows,
    IReadOnlyDictionary<string, decimal> ProvinceTotals,
    decimal GrandTotal,
    DrillDown? Drill);

/// <summary>A matrix row: a category (every province) or a native group (its own province only).</summary>
/// <param name="Key">Category code, or native group key <c>province/group</c>.</param>
/// <param name="Label">Display name.</param>
/// <param name="Cells">Per province code: the amount and its share of that province's money.</param>
/// <param name="Total">The row's money across provinces.</param>
/// <param name="Share">The row's share of all the money in the slice.</param>
public sealed record HeatRow(string Key, string Label, IReadOnlyDictionary<string, HeatCell> Cells, decimal Total, double? Share);

/// <summary>One matrix cell.</summary>
/// <param name="Amount">Million VND.</param>
/// <param name="Share">Share of the province's money in the slice.</param>
public sealed record HeatCell(decimal Amount, double? Share);

/// <summary>The items behind one cell.</summary>
/// <param name="Cell">The cell's key: <c>province/member</c>.</param>
/// <param name="ProvinceName">Province name.</param>
/// <param name="MemberLabel">Category or group name.</param>
/// <param name="Sources">Funding sources with money in the cell, in order.</param>
/// <param name="Items">The items, in document order.</param>
/// <param name="Total">The cell's money.</param>
public sealed record DrillDown(
    string Cell, string ProvinceName, string MemberLabel, IReadOnlyList<string> Sources, IReadOnlyList<DrillItem> Items, decimal Total);

/// <summary>An item behind a cell, with where the document writes it.</summary>
/// <param name="Key">Item key <c>province/code</c>.</param>
/// <param name="Code">Item code as the document numbers it.</param>
/// <param name="Name">Item name.</param>
/// <param name="BySource">Money per source code.</param>
/// <param name="Total">The item's money in the slice.</param>
/// <param name="Source">Document and lines; null if unknown.</param>
public sealed record DrillItem(string Key, string Code, string Name, IReadOnlyDictionary<string, decimal> BySource, decimal Total,
    ItemSource? Source);
