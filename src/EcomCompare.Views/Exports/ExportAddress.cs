using System.Globalization;
using System.Text;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Slices;
using EcomCompare.Views.Tokens;
using static EcomCompare.Views.Exports.ODataNames;

namespace EcomCompare.Views.Exports;

/// <summary>
/// The one place that writes the addresses a view's numbers leave by — the OData query
/// (<c>odata/BudgetLines?$apply=[filter(…)/]groupby((…),aggregate(Amount with sum as Amount))</c>, the same shape
/// whatever the filter), the workbook (<c>export/{comparison}.xlsx?&lt;slice&gt;&amp;…&amp;lang=…</c>) and the chart
/// images (<c>charts/{chart}.svg|png?&lt;slice&gt;&amp;measure=…&amp;layout=…&amp;lang=…</c>). The dashboard's export
/// panel, the workbooks' sources sheet and the README examples all come from here. Addresses are relative to the
/// site's root, without a leading slash; only what a URL cannot carry is percent-encoded, so they stay readable.
/// OData names come from <see cref="ODataNames"/>, the constants the OData model is declared with; paths from
/// <see cref="Http.Routes"/>; switch tokens from <see cref="ViewTokens"/>.
/// </summary>
/// <example>
/// <code>
/// ExportAddress.BudgetLines(new CubeSlice { Provinces = ["binh-dinh", "can-tho"], FromYear = 2021, ToYear = 2023 }, "ProvinceCode", "SourceCode")
/// // odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20ge%202021%20and%20Year%20le%202023)
/// //     /groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))   (one line)
/// </code>
/// </example>
public static class ExportAddress
{
    /// <summary>
    /// The slice as an OData boolean expression over <c>BudgetLines</c>' properties, or null when it keeps
    /// everything. One year is <c>Year eq 2022</c>, a range <c>Year ge 2021 and Year le 2023</c>.
    /// </summary>
    public static string? Filter(CubeSlice slice)
    {
        var parts = new List<string>();
        if (slice.Provinces.Count > 0)
        {
            parts.Add(In(ProvinceCode, slice.Provinces));
        }

        if (slice.FromYear is { } from && slice.ToYear is { } to && from == to)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Year} eq {from}"));
        }
        else
        {
            if (slice.FromYear is { } f)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Year} ge {f}"));
            }

            if (slice.ToYear is { } t)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Year} le {t}"));
            }
        }

        if (slice.Sources.Count > 0)
        {
            parts.Add(In(SourceCode, slice.Sources));
        }

        if (slice.Categories.Count > 0)
        {
            parts.Add(In(CategoryCode, slice.Categories));
        }

        if (slice.NativeGroups.Count > 0)
        {
            // A province's own group is its code within the province: province/code.
            var groups = slice.NativeGroups.Select(g => g.Split('/', 2)).Select(
                g => g.Length == 2 ? $"{ProvinceCode} eq {Quote(g[0])} and {NativeGroupCode} eq {Quote(g[1])}" : $"{NativeGroupCode} eq {Quote(g[0])}").ToList();
            parts.Add(groups.Count == 1 ? groups[0] : "(" + string.Join(" or ", groups.Select(g => $"({g})")) + ")");
        }

        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    /// <summary>
    /// <c>odata/BudgetLines?$apply=[filter(…)/]groupby((…),aggregate(Amount with sum as Amount))</c>: the slice's
    /// money per combination of <paramref name="groupBy"/> properties — one row shape whatever the slice.
    /// </summary>
    public static string BudgetLines(CubeSlice slice, params IReadOnlyList<string> groupBy) => BudgetLines(slice, groupBy, share: null);

    /// <summary>
    /// As <see cref="BudgetLines(CubeSlice, IReadOnlyList{string})"/>, with each group's share besides its amount
    /// (<c>Amount with EcomCompare.shareOfRow as Share</c>) and the whole the share divides by
    /// (<c>Amount with EcomCompare.totalOfRow as Total</c>). The service's share and total methods read the grouping
    /// as a pivot, the last property being the column and a name going with its code (see its $metadata).
    /// <paramref name="share"/> is the share method's name (<c>shareOfRow</c>, <c>shareOfColumn</c>, <c>shareOfTotal</c>),
    /// <paramref name="total"/> the total method's (<c>totalOfRow</c>, …); null leaves the column out.
    /// </summary>
    public static string BudgetLines(CubeSlice slice, IReadOnlyList<string> groupBy, string? share, string? total = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(groupBy.Count);
        var aggregates = new List<string> { $"{Amount} with sum as {Amount}" };
        if (share is not null)
        {
            aggregates.Add($"{Amount} with {Namespace}.{share} as {ShareAlias}");
        }

        if (total is not null)
        {
            aggregates.Add($"{Amount} with {Namespace}.{total} as {TotalAlias}");
        }

        var apply = $"groupby(({string.Join(',', groupBy)}),aggregate({string.Join(',', aggregates)}))";
        if (Filter(slice) is { } filter)
        {
            apply = $"filter({filter})/{apply}";
        }

        return $"{OData}{ODataNames.BudgetLines}?$apply=" + Escape(apply);
    }

    /// <summary>The slice's budget lines themselves: <c>odata/BudgetLines[?$filter=…]</c>.</summary>
    public static string BudgetLineRows(CubeSlice slice) => EntitySet(ODataNames.BudgetLines, Filter(slice));

    /// <summary><c>odata/{set}</c> with an optional <c>$filter</c>.</summary>
    public static string EntitySet(string set, string? filter = null) =>
        string.IsNullOrEmpty(filter) ? OData + set : $"{OData}{set}?$filter={Escape(filter)}";

    /// <summary>An OData <c>in</c> list: <c>ProvinceCode in ('binh-dinh','can-tho')</c> (quotes doubled).</summary>
    public static string In(string property, IEnumerable<string> codes) => $"{property} in ({string.Join(',', codes.Select(Quote))})";

    /// <summary>An OData string literal: <c>'binh-dinh'</c>, quotes doubled.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// <c>export/{comparison}.xlsx?&lt;slice&gt;&amp;{options}&amp;lang=en</c>: <c>lang</c> only when English (the
    /// workbook's default is Vietnamese); options with a null or empty value are left out.
    /// </summary>
    public static string Workbook(string comparison, CubeSlice slice, Language language, params IEnumerable<(string Key, string? Value)> options) =>
        WithQuery($"{Http.Routes.Exports.TrimStart('/')}/{comparison}.xlsx", slice,
            options.Append((ViewTokens.Languages.Key, language == Language.Vi ? null : language.Token())));

    /// <summary>
    /// <c>charts/{chart}.{format}?&lt;slice&gt;&amp;measure=…&amp;layout=…&amp;…&amp;lang=…</c> (<paramref name="format"/>
    /// <c>svg</c> or <c>png</c>); parameters left null take the chart's defaults.
    /// </summary>
    public static string Chart(string chart, string format, CubeSlice slice, Measure? measure = null, ViewLayout? layout = null,
        Language? language = null, int? width = null, int? height = null, double? scale = null, string? title = null) =>
        WithQuery($"{Http.Routes.Charts.TrimStart('/')}/{Uri.EscapeDataString(chart)}.{format}", slice,
        [
            (ViewTokens.Measures.Key, measure?.Token()), (ViewTokens.Layouts.Key, layout?.Token()),
            ("width", width?.ToString(CultureInfo.InvariantCulture)), ("height", height?.ToString(CultureInfo.InvariantCulture)),
            ("scale", scale?.ToString("0.###", CultureInfo.InvariantCulture)), (ViewTokens.Languages.Key, language?.Token()), (TitleKey, title),
        ]);

    /// <summary>A chart's own title parameter: <c>title=</c> (empty) draws none, so it is written even when empty.</summary>
    public const string TitleKey = "title";

    // "odata/": the service root, relative to the site's root.
    private static string OData => Http.Routes.OData.TrimStart('/') + "/";

    /// <summary>
    /// Percent-encodes what a URL cannot carry literally (spaces, <c>&amp;</c>, <c>+</c>, non-ASCII); OData's
    /// punctuation <c>( ) ' , / $ :</c> is legal in a query and keeps the address readable for the person pasting it.
    /// </summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~()',/$:*!;@".Contains(c, StringComparison.Ordinal)))
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static string WithQuery(string path, CubeSlice slice, IEnumerable<(string Key, string? Value)> options)
    {
        var parts = new List<string>();
        if (SliceQueryString.Format(slice) is { Length: > 0 } s)
        {
            parts.Add(s);
        }

        foreach (var (key, value) in options)
        {
            if (!string.IsNullOrEmpty(value) || (key == TitleKey && value is not null))
            {
                // Commas stay readable in list values (rows=province,category).
                parts.Add(key + "=" + Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.Ordinal));
            }
        }

        return parts.Count == 0 ? path : path + "?" + string.Join('&', parts);
    }
}
