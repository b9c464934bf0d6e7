using System.Globalization;

namespace EcomCompare.Workbooks.Excel;

/// <summary>Numbers as OOXML stores them: invariant culture, no exponent, no trailing zeros (the cube's DECIMAL(18,3) reads 3785.000).</summary>
internal static class ExcelNumber
{
    public static string Format(object value) => value switch
    {
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"not a number: {value.GetType().Name}", nameof(value)),
    };
}
