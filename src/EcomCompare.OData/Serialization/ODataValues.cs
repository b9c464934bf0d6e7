using System.Globalization;
using EcomCompare.OData.Query;
using EcomCompare.OData.Translation;
using Microsoft.OData.Edm;

namespace EcomCompare.OData.Serialization;

/// <summary>
/// Turns what DuckDB returned into the CLR value OData writes for the property's type: a SUM of DECIMAL(18,3) is a
/// DECIMAL(38,3) that is still an Edm.Decimal; a SUM of INTEGER is a HUGEINT written as Edm.Int64; an AVG is a
/// DOUBLE written as Edm.Decimal when the property is money.
/// </summary>
internal static class ODataValues
{
    public static object? Convert(object? value, ValueKind type)
    {
        if (value is null or DBNull)
        {
            return null;
        }

        try
        {
            return type.Kind switch
            {
                EdmPrimitiveTypeKind.String => value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture),
                EdmPrimitiveTypeKind.Boolean => value is bool b ? b : System.Convert.ToBoolean(value, CultureInfo.InvariantCulture),
                EdmPrimitiveTypeKind.Int32 or EdmPrimitiveTypeKind.Int16 or EdmPrimitiveTypeKind.Byte or EdmPrimitiveTypeKind.SByte => value switch
                {
                    int i => i,
                    Int128 big => checked((int)big),
                    _ => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
                },
                EdmPrimitiveTypeKind.Int64 => value switch
                {
                    long l => l,
                    Int128 big => checked((long)big),
                    _ => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
                },
                EdmPrimitiveTypeKind.Decimal => value switch
                {
                    decimal m => Normalize(m),
                    double d when !double.IsFinite(d) => null,
                    Int128 big => (decimal)big,
                    _ => Normalize(System.Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
                },
                EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Single => value switch
                {
                    double d => d,
                    Int128 big => (double)big,
                    _ => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
                },
                EdmPrimitiveTypeKind.Date => value switch
                {
                    DateOnly date => date,
                    DateTime time => DateOnly.FromDateTime(time),
                    _ => throw new InvalidCastException($"{value.GetType().Name} is not a date"),
                },
                _ => value switch
                {
                    Int128 big => (decimal)big,
                    _ => value,
                },
            };
        }
        catch (Exception e) when (e is OverflowException or InvalidCastException or FormatException)
        {
            throw ODataServiceException.BadRequest($"A value of the result ({value}) cannot be written as Edm.{type.Kind}: {e.Message}", "$apply");
        }
    }

    // DECIMAL(18,3) reads as 40.000; written as 40 (and 2342.5), the same JSON number without the scale's zeros.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
