using EcomCompare.Charts.Exports;
using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Text;

namespace EcomCompare.Dashboard.Pages;

/// <summary>The dimensions the explorer offers, their address tokens (shared with the exports: <see cref="PivotTokens"/>) and names.</summary>
internal static class PivotDimensions
{
    /// <summary>Row dimensions, in the order the "next level" list offers them.</summary>
    public static IReadOnlyList<CubeDimension> RowChoices => PivotTokens.RowChoices;

    /// <summary>Column dimensions: the ones with few members.</summary>
    public static IReadOnlyList<CubeDimension> ColumnChoices => PivotTokens.ColumnChoices;

    /// <summary>The address token of a dimension (<c>province</c>, <c>group</c>, …) — the workbook's <c>rows=</c> too.</summary>
    public static string Token(CubeDimension dimension) => PivotTokens.Token(dimension);

    /// <summary>Reads a token; null when it is not one of the explorer's dimensions.</summary>
    public static CubeDimension? Parse(string? token) => PivotTokens.Parse(token);

    /// <summary>The dimension's name in the UI language.</summary>
    public static string Name(CubeDimension dimension, UiText text) => dimension switch
    {
        CubeDimension.Province => text.DimProvince,
        CubeDimension.Year => text.DimYear,
        CubeDimension.Source => text.DimSource,
        CubeDimension.Category => text.DimCategory,
        CubeDimension.NativeGroup => text.DimNativeGroup,
        CubeDimension.Item => text.DimItem,
        CubeDimension.SubSource => text.DimSubSource,
        _ => dimension.ToString(),
    };
}
