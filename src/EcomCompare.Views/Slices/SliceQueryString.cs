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
        var parsed = TryRead(get, out slice, out var problem);
        error = problem?.Message;
        return parsed;
    }

    /// <summary>
    /// Parses the slice; on a malformed value returns false with what is wrong as a <see cref="SliceProblem"/>, which
    /// a surface says in its own language (the dashboard in the UI's).
    /// </summary>
    public static bool TryRead(Func<string, string?> get, out CubeSlice slice, out SliceProblem? problem)
    {
        slice = CubeSlice.All;
        problem = null;
        if (!TryList(get("provinces"), "provinces", out var provinces, ref problem)
            || !TryList(get("sources"), "sources", out var sources, ref problem)
            || !TryList(get("categories"), "categories", out var categories, ref problem)
            || !TryYears(get("years"), out var from, out var to, ref problem))
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

    private static bool TryList(string? value, string name, out IReadOnlyList<string> members, ref SliceProblem? problem)
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
                problem = new SliceProblem(name, item.Length == 0 ? SliceProblemKind.EmptyItem : SliceProblemKind.NotACode, Shorten(item),
                    Example(name));
                return false;
            }
        }

        members = items.Distinct(StringComparer.Ordinal).ToList();
        return true;
    }

    private static bool TryYears(string? value, out int? from, out int? to, ref SliceProblem? problem)
    {
        from = to = null;
        if (value is null)
        {
            return true;
        }

        var match = Years().Match(value);
        if (!match.Success)
        {
            problem = new SliceProblem("years", SliceProblemKind.NotYears, Shorten(value), "2021-2025");
            return false;
        }

        from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        to = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        if (from > to)
        {
            problem = new SliceProblem("years", SliceProblemKind.Backwards, Shorten(value), $"{to}-{from}");
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

/// <summary>What is wrong with a slice parameter.</summary>
public enum SliceProblemKind
{
    /// <summary>A list with an empty item (<c>provinces=,</c>).</summary>
    EmptyItem,

    /// <summary>A list item that is not a code.</summary>
    NotACode,

    /// <summary><c>years</c> is neither a year nor a range.</summary>
    NotYears,

    /// <summary><c>years</c> runs backwards (<c>years=2025-2021</c>).</summary>
    Backwards,
}

/// <summary>A slice parameter that cannot be read: its key, what is wrong, the value (shortened) and an example.</summary>
/// <param name="Key"><c>provinces</c>, <c>years</c>, <c>sources</c> or <c>categories</c>.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Value">The offending value or item, shortened, control characters replaced.</param>
/// <param name="Example">A value the key takes (for <see cref="SliceProblemKind.Backwards"/>: the range the right way round).</param>
public sealed record SliceProblem(string Key, SliceProblemKind Kind, string Value, string Example)
{
    /// <summary>The plain English sentence the HTTP surfaces answer with.</summary>
    public string Message => Kind switch
    {
        SliceProblemKind.EmptyItem => $"'{Key}' has an empty item: write a comma-separated list of codes, e.g. {Key}={Example}",
        SliceProblemKind.NotACode =>
            $"'{Key}' has '{Value}', which is not a code (lower-case letters, digits and '-'), e.g. {Key}={Example}",
        SliceProblemKind.NotYears => $"'years' is '{Value}': write one year (years=2023) or a range (years=2021-2025)",
        _ => $"'years' runs backwards: {Example.Split('-')[1]} is after {Example.Split('-')[0]}",
    };
}
