using Microsoft.OData.Edm;

namespace EcomCompare.OData.Translation;

/// <summary>
/// The type of a bound expression as far as the translator knows it: an EDM primitive kind (None when unknown,
/// e.g. a bare <c>null</c>) and whether it may be null. Aggregated and computed names after <c>$apply</c> are
/// typed here, not by the parser (which sees them as untyped open properties).
/// </summary>
internal readonly record struct ValueKind(EdmPrimitiveTypeKind Kind, bool Nullable)
{
    public static ValueKind Boolean => new(EdmPrimitiveTypeKind.Boolean, false);

    public bool IsIntegral =>
        Kind is EdmPrimitiveTypeKind.Int32 or EdmPrimitiveTypeKind.Int64 or EdmPrimitiveTypeKind.Int16
            or EdmPrimitiveTypeKind.Byte or EdmPrimitiveTypeKind.SByte;

    public bool IsNumeric => IsIntegral || Kind is EdmPrimitiveTypeKind.Decimal or EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Single;

    /// <summary>The result of arithmetic on two numbers: double wins, then decimal, then the wider integer.</summary>
    public static ValueKind Promote(ValueKind a, ValueKind b)
    {
        var nullable = a.Nullable || b.Nullable;
        if (a.Kind is EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Single
            || b.Kind is EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Single)
        {
            return new(EdmPrimitiveTypeKind.Double, nullable);
        }

        if (a.Kind == EdmPrimitiveTypeKind.Decimal || b.Kind == EdmPrimitiveTypeKind.Decimal)
        {
            return new(EdmPrimitiveTypeKind.Decimal, nullable);
        }

        if (a.Kind == EdmPrimitiveTypeKind.Int64 || b.Kind == EdmPrimitiveTypeKind.Int64)
        {
            return new(EdmPrimitiveTypeKind.Int64, nullable);
        }

        if (a.IsIntegral && b.IsIntegral)
        {
            return new(EdmPrimitiveTypeKind.Int32, nullable);
        }

        return new(a.Kind == EdmPrimitiveTypeKind.None ? b.Kind : a.Kind, nullable);
    }
}
