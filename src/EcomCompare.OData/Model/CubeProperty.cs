using Microsoft.OData.Edm;

namespace EcomCompare.OData.Model;

/// <summary>One property of an entity set: a column of its cube relation with the same name.</summary>
/// <param name="Name">The property name, which is also the column name in the published relation.</param>
/// <param name="Kind">Its EDM primitive type.</param>
/// <param name="Nullable">True where the data has nulls.</param>
/// <param name="NameOf">
/// For a name (<c>Province</c>, <c>SourceVi</c>, <c>ItemName</c>…): the code properties that determine it. Grouped
/// together with all of them, it splits no group further, so the share methods' pivot reads it as part of its code's
/// dimension (<c>groupby((ProvinceCode,Province,SourceCode,Source),…)</c> has the row province and the column source).
/// </param>
internal sealed record CubeProperty(string Name, EdmPrimitiveTypeKind Kind, bool Nullable = false, IReadOnlyList<string>? NameOf = null)
{
    /// <summary>Edm.Decimal properties are money: DECIMAL(18,3) million VND in the cube.</summary>
    public const int MoneyPrecision = 18;

    /// <summary>Scale of money.</summary>
    public const int MoneyScale = 3;

    /// <summary>The EDM type reference, with Precision/Scale on every decimal.</summary>
    public IEdmPrimitiveTypeReference TypeReference => Kind == EdmPrimitiveTypeKind.Decimal
        ? EdmCoreModel.Instance.GetDecimal(MoneyPrecision, MoneyScale, Nullable)
        : EdmCoreModel.Instance.GetPrimitive(Kind, Nullable);
}
