using System.Text.RegularExpressions;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>Recognises the codes in a table's first column.</summary>
internal static partial class RowCodes
{
    /// <summary>"I", "IV", "V." — a Roman group number.</summary>
    public static bool IsRoman(string code) => Roman().IsMatch(code);

    /// <summary>"A", "B.", "C" — a letter group (letters that are not Roman numerals I, V, X).</summary>
    public static bool IsLetter(string code) => Letter().IsMatch(code);

    /// <summary>"1", "12", "3." — an Arabic number.</summary>
    public static bool IsArabic(string code) => Arabic().IsMatch(code);

    /// <summary>"2.1", "5.7" — a dotted item number.</summary>
    public static bool IsDotted(string code) => Dotted().IsMatch(code);

    /// <summary>The code without a trailing dot or closing bracket.</summary>
    public static string Normalize(string code) => code.TrimEnd('.', ')').Trim();

    [GeneratedRegex(@"^[IVXLC]+\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Roman();

    [GeneratedRegex(@"^[A-HJ-UWYZ][.)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Letter();

    [GeneratedRegex(@"^\d+[.)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^\d+(\.\d+)+\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();
}
