using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EcomCompare.Editing;

/// <summary>A province's code: its name without diacritics, lower case, words joined by hyphens (<c>Bình Định</c> → <c>binh-dinh</c>).</summary>
public static partial class ProvinceCodes
{
    /// <summary>The code suggested for <paramref name="name"/>; empty when the name has no letters.</summary>
    public static string Suggest(string name)
    {
        var folded = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }

        var code = NotCode().Replace(folded.ToString(), "-").Trim('-');
        return code.Length <= 40 ? code : code[..40].TrimEnd('-');
    }

    /// <summary>True for a code a file may be named by: lower-case letters and digits in hyphen-joined words, at most 40.</summary>
    public static bool IsValid(string code) => code.Length <= 40 && Code().IsMatch(code);

    /// <summary>Names compared as people read them: case, spacing and diacritics aside.</summary>
    public static bool SameName(string a, string b) => Suggest(a) == Suggest(b) && Suggest(a).Length > 0;

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotCode();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
