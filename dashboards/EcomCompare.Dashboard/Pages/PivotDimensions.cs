using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Text;

namespace EcomCompare.Dashboard.Pages;

/// <summary>The dimensions the explorer offers, their address tokens, names and OData properties.</summary>
internal static class PivotDimensions
{
    /// <summary>Row dimensions, in the order the "next level" list offers them.</summary>
    public static IReadOnlyList<CubeDimension> RowChoices { get; } =
        [CubeDimension.Province, CubeDimension.Category, CubeDimension.NativeGroup, CubeDimension.Item, CubeDimension.Year, CubeDimension.Source];

    /// <summary>Column dimensions: the ones with few members (a pivot spreads at most a few hundred columns).</summary>
    public static IReadOnlyList<CubeDimension> ColumnChoices { get; } =
        [CubeDimension.Source, CubeDimension.Year, CubeDimension.Province, CubeDimension.Category];

    /// <summary>The address token of a dimension (<c>province</c>, <c>group</c>, …).</summary>
    public static string Token(CubeDimension dimension) => dimension switch
    {
        CubeDimension.Province => "province",
        CubeDimension.Year => "year",
        CubeDimension.Source => "source",
        CubeDimension.Category => "category",
        CubeDimension.NativeGroup => "group",
        CubeDimension.Item => "item",
        _ => dimension.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads a token; null when it is not one of the explorer's dimensions.</summary>
    public static CubeDimension? Parse(string? token) => token switch
    {
        "province" => CubeDimension.Province,
        "year" => CubeDimension.Year,
        "source" => CubeDimension.Source,
        "category" => CubeDimension.Category,
        "group" => CubeDimension.NativeGroup,
        "item" => CubeDimension.Item,
        _ => null,
    };

    /// <summary>The dimension's name in the UI language.</summary>
    public static string Name(CubeDimension dimension, UiText text) => dimension switch
    {
        CubeDimension.Province => text.DimProvince,
        CubeDimension.Year => text.DimYear,
        CubeDimension.Source => text.DimSource,
        CubeDimension.Category => text.DimCategory,
        CubeDimension.NativeGroup => text.DimNativeGroup,
        CubeDimension.Item => text.DimItem,
        _ => dimension.ToString(),
    };

    /// <summary>The <c>BudgetLines</c> properties that identify a member of the dimension in an OData <c>groupby</c>.</summary>
    public static IReadOnlyList<string> ODataProperties(CubeDimension dimension) => dimension switch
    {
        CubeDimension.Province => ["ProvinceCode"],
        CubeDimension.Year => ["Year"],
        CubeDimension.Source => ["SourceCode"],
        CubeDimension.Category => ["CategoryCode"],
        CubeDimension.NativeGroup => ["ProvinceCode", "NativeGroup"],
        CubeDimension.Item => ["ProvinceCode", "ItemCode", "ItemName"],
        _ => [],
    };
}
