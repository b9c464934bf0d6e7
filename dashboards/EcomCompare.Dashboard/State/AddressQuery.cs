using EcomCompare.Cube.Query;
using EcomCompare.Views.Slices;
using EcomCompare.Views.Tokens;
using Microsoft.AspNetCore.WebUtilities;

namespace EcomCompare.Dashboard.State;

/// <summary>Reads and rewrites the query of the current address (for links that keep the view's filters).</summary>
internal static class AddressQuery
{
    /// <summary>The query of an absolute or relative URI as key → first value.</summary>
    public static Dictionary<string, string> Parse(string uri)
    {
        var question = uri.IndexOf('?', StringComparison.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (question < 0)
        {
            return result;
        }

        var hash = uri.IndexOf('#', question);
        var query = hash < 0 ? uri[question..] : uri[question..hash];
        foreach (var (key, values) in QueryHelpers.ParseQuery(query))
        {
            result[key] = values.Count > 0 ? values[0] ?? string.Empty : string.Empty;
        }

        return result;
    }

    /// <summary>The UI language of an address (Vietnamese unless <c>lang=en</c>).</summary>
    public static Language Language(string uri) => ViewTokens.LanguageOf(Parse(uri).GetValueOrDefault(ViewAddress.LanguageKey));

    /// <summary>
    /// The address of <paramref name="page"/> keeping the current address's slice and language — moving between
    /// pages keeps the filters. A malformed slice is dropped rather than carried along.
    /// </summary>
    public static string PageWithFilters(string currentUri, string page)
    {
        var query = Parse(currentUri);
        var slice = SliceQueryString.TryParse(k => query.TryGetValue(k, out var v) ? v : null, out var parsed, out _) ? parsed : CubeSlice.All;
        return ViewAddress.Of(page, slice, Language(currentUri));
    }

    /// <summary>The current address with <c>lang</c> switched (every other key kept as it is).</summary>
    public static string WithLanguage(string currentUri, string baseUri, Language language)
    {
        var relative = currentUri.StartsWith(baseUri, StringComparison.Ordinal) ? currentUri[baseUri.Length..] : currentUri;
        var hash = relative.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            relative = relative[..hash];
        }

        var question = relative.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? relative : relative[..question];
        var pairs = question < 0
            ? []
            : relative[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith(ViewAddress.LanguageKey + "=", StringComparison.Ordinal) && p != ViewAddress.LanguageKey)
                .ToList();
        if (language != Cube.Query.Language.Vi)
        {
            pairs.Add(ViewAddress.LanguageKey + "=" + language.Token());
        }

        var target = path.Length == 0 ? "./" : path;
        return pairs.Count == 0 ? target : target + "?" + string.Join('&', pairs);
    }
}
