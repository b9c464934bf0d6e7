using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Text;

namespace EcomCompare.Dashboard.Pages;

/// <summary>The names of the explorer's dimensions (their choices: <c>Pivot</c>; their address tokens: <c>ViewTokens.Dimensions</c>).</summary>
internal static class PivotDimensions
{
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
