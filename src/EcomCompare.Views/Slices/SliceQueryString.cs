using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcomCompare.Cube.Query;

namespace EcomCompare.Views.Slices;

/// <summary>
/// The slice as URL query parameters, shared by chart URLs, exports and the dashboard's shareable links:
/// <c>provinces=binh-dinh,can-tho&amp;years=2021-2023&amp;sources=central,local&amp;categories=awareness</c>.
/// Absent parameters keep every member. <c>years</c> is one year or an inclusive range.
/// </summary>
public static partial class SliceQueryString
{
    /// <summary>The parameter names this format uses.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["provinces", "years", "sources", "categories"];

    /// <summary>Parses the slice; on a malformed value returns false with a plain message saying what is wrong.</summary>
    public static bool TryParse(Func<string, string?> get, out CubeSlice slice, out string? error)
    {
        slice = CubeSlice.All;
        error = null;
        if (!TryList(get("provinces"), "provinces", out var provinces, ref error)
            || !TryList(get("sources"), "sources", out var sources, ref error)
            || !TryList(get("categories"), "categories", out var categories, ref error)
            || !TryYears(get("years"), out var from, out var to, ref error))
        {
            return false;
        }

        slice = new CubeSlice { Provinces = provinces, Sources = sources, Categories = categories, FromYear = from, ToYear = to };
        return true;
    }

    /// <summary>Formats a slice as query parameters (no leading <c>?</c>); empty when it keeps everything.</summary>
    public static string Format(CubeSlice slice)
    {
        var parts = new List<string>();
        if (slice.Provinces.Count > 0)
        {
            parts.Add("provinces=" + string.Join(',', slice.Provinces.Select(Uri.EscapeDataString)));
        }

        if (slice.FromYear is not null || slice.ToYear is not null)
        {
            var from = slice.FromYear ?? slice.ToYear!.Value;
            var to = slice.ToYear ?? slice.FromYear!.Value;
            parts.Add(from == to
                ? string.Create(CultureInfo.InvariantCulture, $"years={from}")
                : string.Create(CultureInfo.InvariantCulture, $"years={from}-{to}"));
        }

        if (slice.Sources.Count > 0)
        {
            parts.Add("sources=" + string.Join(',', slice.Sources.Select(Uri.EscapeDataString)));
        }

        if (slice.Categories.Count > 0)
        {
            parts.Add("categories=" + string.Join(',', slice.Categories.Select(Uri.EscapeDataString)));
        }

        return string.Join('&', parts);
    }

    private static bool TryList(string? value, string name, out IReadOnlyList<string> members, ref string? error)
    {
        members = [];
        if (value is null)
        {
            return true;
        }

        var items = value.Split(',');
        foreach (var item in items)
        {
            if (!Code().IsMatch(item))
            {
                error = item.Length == 0
                    ? $"'{name}' has an empty item: write a comma-separated list of codes, e.g. {name}={Example(name)}"
                    : $"'{name}' has '{Shorten(item)}', which is not a code (lower-case letters, digits and '-'), e.g. {name}={Example(name)}";
                return false;
            }
        }

        members = items.Distinct(StringComparer.Ordinal).ToList();
        return true;
    }

    private static bool TryYears(string? value, out int? from, out int? to, ref string? error)
    {
        from = to = null;
        if (value is null)
        {
            return true;
        }

        var match = Years().Match(value);
        if (!match.Success)
        {
            error = $"'years' is '{Shorten(value)}': write one year (years=2023) or a range (years=2021-2025)";
            return false;
        }

        from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        to = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        if (from > to)
        {
            error = $"'years' runs backwards: {from} is after {to}";
            return false;
        }

        return true;
    }

    private static string Example(string name) => name switch
    {
        "provinces" => "binh-dinh,can-tho",
        "sources" => "central,local",
        _ => "awareness,human-resources",
    };

    private static string Shorten(string text)
    {
        var clean = new StringBuilder();
        foreach (var c in text.Take(40))
        {
            clean.Append(char.IsControl(c) ? '?' : c);
        }

        return text.Length > 40 ? clean + "…" : clean.ToString();
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"^(?<from>(19|20)\d\d)(?:-(?<to>(19|20)\d\d))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Years();
}
