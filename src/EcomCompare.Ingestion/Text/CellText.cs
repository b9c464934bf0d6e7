using System.Text;
using System.Text.RegularExpressions;

namespace EcomCompare.Ingestion.Text;

/// <summary>Cell and line text helpers: the documents keep <c>&lt;b&gt;</c>/<c>&lt;i&gt;</c>/<c>&lt;a&gt;</c> tags and markdown emphasis.</summary>
public static partial class CellText
{
    /// <summary>Removes HTML-ish tags and markdown emphasis, decodes the few entities used, collapses runs of spaces, NFC-normalises.</summary>
    public static string Clean(string text)
    {
        var noTags = Tag().Replace(text, string.Empty);
        var noEmphasis = noTags.Replace("**", string.Empty, StringComparison.Ordinal).Replace("\\*", "*", StringComparison.Ordinal);
        var decoded = noEmphasis.Replace("&amp;", "&", StringComparison.Ordinal).Replace("&nbsp;", " ", StringComparison.Ordinal);
        return Spaces().Replace(decoded, " ").Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the cell is wrapped in <c>&lt;b&gt;</c>.</summary>
    public static bool IsBold(string cell) => cell.Contains("<b>", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lower-cases with the invariant culture after <see cref="Clean"/>: for matching labels.</summary>
    public static string Key(string text) => Clean(text).ToLowerInvariant();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
