using System.Globalization;
using System.Text;
using EcomCompare.Cube.Query;

namespace EcomCompare.Dashboard.State;

/// <summary>
/// The addresses that hand a view's numbers to other tools, on the contracts the other surfaces serve:
/// OData (<c>/odata/BudgetLines?$apply=filter(…)/groupby((…),aggregate(Amount with sum as Amount))</c> and the
/// ready-made <c>FundingSplits</c> / <c>FundingSplitsByYear</c> sets), the workbook export
/// (<c>/export/{comparison}.xlsx?&lt;slice&gt;</c>) and the chart images
/// (<c>/charts/{chart}.svg|png?&lt;slice&gt;&amp;measure=…&amp;lang=…</c>). Relative, without a leading slash.
/// </summary>
/// <example>
/// <code>
/// ExportLinks.BudgetLinesGrouped(new CubeSlice { Provinces = ["binh-dinh", "can-tho"], FromYear = 2021, ToYear = 2023 }, ["ProvinceCode", "SourceCode"])
/// // odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20ge%202021%20and%20Year%20le%202023)/groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))
/// </code>
/// </example>
internal static class ExportLinks
{
    /// <summary>
    /// The slice as an OData boolean expression over <c>BudgetLines</c>' properties; empty when it keeps everything.
    /// One year is <c>Year eq 2022</c>, a range <c>Year ge 2021 and Year le 2023</c>.
    /// </summary>
    public static string ODataFilter(CubeSlice slice)
    {
        var parts = new List<string>();
        if (slice.Provinces.Count > 0)
        {
            parts.Add(In("ProvinceCode", slice.Provinces));
        }

        if (slice.FromYear is { } from && slice.ToYear is { } to && from == to)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Year eq {from}"));
        }
        else
        {
            if (slice.FromYear is { } f)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"Year ge {f}"));
            }

            if (slice.ToYear is { } t)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"Year le {t}"));
            }
        }

        if (slice.Sources.Count > 0)
        {
            parts.Add(In("SourceCode", slice.Sources));
        }

        if (slice.Categories.Count > 0)
        {
            parts.Add(In("CategoryCode", slice.Categories));
        }

        return string.Join(" and ", parts);
    }

    /// <summary>
    /// <c>odata/BudgetLines?$apply=[filter(…)/]groupby((…),aggregate(Amount with sum as Amount))</c>: the sum of the
    /// slice's money per combination of <paramref name="groupBy"/> properties.
    /// </summary>
    public static string BudgetLinesGrouped(CubeSlice slice, IReadOnlyList<string> groupBy)
    {
        var filter = ODataFilter(slice);
        var apply = (filter.Length > 0 ? $"filter({filter})/" : string.Empty)
            + $"groupby(({string.Join(',', groupBy)}),aggregate(Amount with sum as Amount))";
        return "odata/BudgetLines?$apply=" + Escape(apply);
    }

    /// <summary><c>odata/{set}</c> with an optional <c>$filter</c>.</summary>
    public static string EntitySet(string set, string? filter = null) =>
        string.IsNullOrEmpty(filter) ? "odata/" + set : $"odata/{set}?$filter={Escape(filter)}";

    /// <summary>An OData <c>in</c> list: <c>ProvinceCode in ('binh-dinh','can-tho')</c>.</summary>
    public static string In(string property, IEnumerable<string> codes) =>
        $"{property} in ({string.Join(',', codes.Select(c => "'" + c.Replace("'", "''", StringComparison.Ordinal) + "'"))})";

    /// <summary><c>export/{comparison}.xlsx?&lt;slice&gt;</c> (the workbook contract takes the slice only).</summary>
    public static string Workbook(string comparison, CubeSlice slice)
    {
        var query = SliceQueryString.Format(slice);
        return query.Length == 0 ? $"export/{comparison}.xlsx" : $"export/{comparison}.xlsx?{query}";
    }

    /// <summary><c>charts/{chart}.{format}?&lt;slice&gt;&amp;…&amp;lang=…</c> (<paramref name="format"/> <c>svg</c> or <c>png</c>).</summary>
    public static string Chart(string chart, string format, CubeSlice slice, string language, params (string Key, string? Value)[] options)
    {
        var query = new StringBuilder(SliceQueryString.Format(slice));
        foreach (var (key, value) in options.Append(("lang", language)))
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(query.Length > 0 ? "&" : string.Empty).Append(key).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return $"charts/{chart}.{format}?{query}";
    }

    /// <summary>
    /// Percent-encodes what a URL cannot carry literally (spaces, quotes stay readable): OData's punctuation
    /// <c>( ) ' , / $ :</c> is legal in a query and keeps the address readable for the person pasting it.
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
}
