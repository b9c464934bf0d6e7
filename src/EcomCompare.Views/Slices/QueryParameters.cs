using Microsoft.Extensions.Primitives;

namespace EcomCompare.Views.Slices;

/// <summary>
/// Reads a URL's query parameters strictly: a parameter the endpoint does not know, or one given twice, is an
/// error — a typo such as <c>province=</c> must not silently draw every province.
/// </summary>
public static class QueryParameters
{
    public static bool TryRead(
        IEnumerable<KeyValuePair<string, StringValues>> query, IReadOnlyCollection<string> known, out IReadOnlyDictionary<string, string> values,
        out string? error)
    {
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        values = read;
        error = null;
        foreach (var (key, value) in query.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!known.Contains(key))
            {
                error = $"unknown parameter '{Clean(key)}': the parameters are {string.Join(", ", known)}";
                return false;
            }

            if (value.Count != 1)
            {
                error = $"'{key}' is given {value.Count} times: give it once (a list is comma-separated: {key}=a,b)";
                return false;
            }

            read[key] = value[0] ?? string.Empty;
        }

        return true;
    }

    /// <summary>Text from the request, safe and short enough to quote in a message.</summary>
    public static string Clean(string text)
    {
        var clean = new string(text.Take(40).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return text.Length > 40 ? clean + "…" : clean;
    }
}
