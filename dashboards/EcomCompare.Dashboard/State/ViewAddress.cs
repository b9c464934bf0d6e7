using System.Text;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Slices;
using EcomCompare.Views.Tokens;

namespace EcomCompare.Dashboard.State;

/// <summary>
/// The address of a view: the page, its slice in the cube's shared <see cref="SliceQueryString"/> format
/// (<c>provinces=…&amp;years=…&amp;sources=…&amp;categories=…</c>), the page's own keys (<c>mode</c>, <c>year</c>, …)
/// and <c>lang=en</c> when English. Copying the address reproduces the view, so every control writes its state
/// here and every page reads its state only from here.
/// </summary>
internal static class ViewAddress
{
    /// <summary>The query key of the UI language.</summary>
    public static string LanguageKey => ViewTokens.Languages.Key;

    /// <summary>
    /// A relative address (resolved against <c>&lt;base href="/"&gt;</c>): <paramref name="page"/> is <c>""</c> for
    /// the home page or e.g. <c>trends</c>. Page keys with a null or empty value are left out; so is <c>lang</c>
    /// when it is the default (Vietnamese).
    /// </summary>
    public static string Of(string page, CubeSlice slice, Language language, IEnumerable<KeyValuePair<string, string?>>? pageKeys = null)
    {
        var query = new StringBuilder(SliceQueryString.Format(slice));
        foreach (var (key, value) in pageKeys ?? [])
        {
            if (!string.IsNullOrEmpty(value))
            {
                Append(query, key, value);
            }
        }

        if (language != Language.Vi)
        {
            Append(query, LanguageKey, language.Token());
        }

        var path = page.Length == 0 ? "./" : page;
        return query.Length == 0 ? path : path + "?" + query;
    }

    private static void Append(StringBuilder query, string key, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        // Commas, slashes and tildes are legal in a query and keep list and path values readable (rows=province,category,
        // cell=thai-binh/management); everything else is percent-encoded.
        query.Append(key).Append('=').Append(
            Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.Ordinal).Replace("%2F", "/", StringComparison.Ordinal).Replace(
                "%7E", "~", StringComparison.Ordinal));
    }
}
