using EcomCompare.Cube.Sql;

namespace EcomCompare.Cube.Query;

/// <summary>The dimensions a cube question can group, slice and pivot by.</summary>
public enum CubeDimension
{
    /// <summary>Province (key <c>binh-dinh</c>, label its Vietnamese name).</summary>
    Province,
    /// <summary>Socio-economic region.</summary>
    Region,
    /// <summary>The province it belongs to since 1 July 2025.</summary>
    MergedInto,
    /// <summary>Year.</summary>
    Year,
    /// <summary>Funding source (central, local, enterprise).</summary>
    Source,
    /// <summary>Harmonized category.</summary>
    Category,
    /// <summary>The province's own task group (or implementing-agency group).</summary>
    NativeGroup,
    /// <summary>Budget item (key <c>province/item</c>).</summary>
    Item,
    /// <summary>Implementing agency, where the document says.</summary>
    Agency,
    /// <summary>
    /// The part of a funding source (provincial, district budget under local), or the source itself where a plan
    /// names it as a whole: the source dimension's second level.
    /// </summary>
    SubSource,
}

/// <summary>How a dimension reads from <c>budget_lines</c>: its key, its label (per language) and its sort order.</summary>
internal sealed record DimensionColumns(SqlExpr Key, SqlExpr Label, SqlExpr LabelEn, IReadOnlyList<SqlExpr> Order)
{
    public static DimensionColumns Of(CubeDimension dimension) => dimension switch
    {
        CubeDimension.Province => new(C("ProvinceCode"), C("Province"), C("Province"), [C("ProvinceOrder")]),
        CubeDimension.Region => new(C("Region"), C("Region"), C("Region"), [C("Region")]),
        CubeDimension.MergedInto => new(C("MergedInto"), C("MergedInto"), C("MergedInto"), [C("MergedInto")]),
        CubeDimension.Year => new(C("Year"), C("Year"), C("Year"), [C("Year")]),
        CubeDimension.Source => new(C("SourceCode"), C("SourceVi"), C("Source"), [C("SourceOrder")]),
        CubeDimension.Category => new(C("CategoryCode"), C("CategoryVi"), C("Category"), [C("CategoryOrder")]),
        CubeDimension.NativeGroup => new(C("NativeGroupKey"), C("NativeGroup"), C("NativeGroup"), [C("ProvinceOrder"), C("NativeGroupCode")]),
        CubeDimension.Item => new(C("ItemKey"), C("ItemLabel"), C("ItemLabel"), [C("ProvinceOrder"), C("ItemOrder")]),
        CubeDimension.Agency => new(C("Agency"), C("Agency"), C("Agency"), [C("Agency")]),
        CubeDimension.SubSource => new(C("SubSourceCode"), C("SubSourceVi"), C("SubSource"), [C("SubSourceOrder")]),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    // Only plain columns: a parameter inside a grouped expression would differ between SELECT and GROUP BY.
    private static SqlExpr C(string name) => SqlExpr.Col(name);
}
