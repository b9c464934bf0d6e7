using System.Globalization;
using System.Text;
using EcomCompare.Cube.Query;

namespace EcomCompare.Workbooks;

/// <summary>
/// OData URLs that fetch the same data as a slice — the contract the OData service at <c>/odata</c> serves —
/// for workbooks ("refresh this data") and the dashboard. Each part of the slice that keeps everything is left
/// out of the filter. URLs come back ready to use: only characters a URL cannot carry (spaces, non-ASCII) are
/// percent-encoded, so they stay readable.
/// </summary>
/// <example>
/// <code>
/// ODataUrls.BudgetLines("http://host", new CubeSlice { Provinces = ["binh-dinh", "can-tho"], FromYear = 2021, ToYear = 2023 },
///     "ProvinceCode", "SourceCode");
/// // http://host/odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20ge%202021%20and%20Year%20le%202023)
/// //     /groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))
/// </code>
/// </example>
public static class ODataUrls
{
    /// <summary>
    /// The slice as an OData <c>$filter</c> expression —
    /// <c>ProvinceCode in ('binh-dinh','can-tho') and Year ge 2021 and Year le 2023 and SourceCode in ('central','local') and CategoryCode in ('awareness')</c>
    /// — or null when the slice keeps everything.
    /// </summary>
    public static string? Filter(CubeSlice slice)
    {
        var parts = new List<string>();
        if (slice.Provinces.Count > 0)
        {
            parts.Add("ProvinceCode in (" + Literals(slice.Provinces) + ")");
        }

        if (slice.FromYear is { } from)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Year ge {from}"));
        }

        if (slice.ToYear is { } to)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Year le {to}"));
        }

        if (slice.Sources.Count > 0)
        {
            parts.Add("SourceCode in (" + Literals(slice.Sources) + ")");
        }

        if (slice.Categories.Count > 0)
        {
            parts.Add("CategoryCode in (" + Literals(slice.Categories) + ")");
        }

        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    /// <summary>
    /// The slice's money grouped by <paramref name="groupBy"/> (property names of <c>BudgetLines</c>):
    /// <c>{base}/odata/BudgetLines?$apply=filter(…)/groupby((…),aggregate(Amount with sum as Amount))</c>.
    /// </summary>
    public static string BudgetLines(string baseUrl, CubeSlice slice, params string[] groupBy)
    {
        ArgumentOutOfRangeException.ThrowIfZero(groupBy.Length);
        var apply = "groupby((" + string.Join(',', groupBy) + "),aggregate(Amount with sum as Amount))";
        if (Filter(slice) is { } filter)
        {
            apply = "filter(" + filter + ")/" + apply;
        }

        return Root(baseUrl) + "BudgetLines?$apply=" + Encode(apply);
    }

    /// <summary>The slice's budget lines themselves: <c>{base}/odata/BudgetLines?$filter=…</c> (no filter when it keeps everything).</summary>
    public static string BudgetLineRows(string baseUrl, CubeSlice slice) =>
        Root(baseUrl) + "BudgetLines" + (Filter(slice) is { } filter ? "?$filter=" + Encode(filter) : string.Empty);

    /// <summary>Each province's whole-period split: <c>{base}/odata/FundingSplits</c>.</summary>
    public static string FundingSplits(string baseUrl) => Root(baseUrl) + "FundingSplits";

    /// <summary>Each province's split per year: <c>{base}/odata/FundingSplitsByYear</c>.</summary>
    public static string FundingSplitsByYear(string baseUrl) => Root(baseUrl) + "FundingSplitsByYear";

    private static string Root(string baseUrl) => baseUrl.TrimEnd('/') + "/odata/";

    // OData string literals: single quotes doubled.
    private static string Literals(IEnumerable<string> values) => string.Join(',', values.Select(v => "'" + v.Replace("'", "''", StringComparison.Ordinal) + "'"));

    /// <summary>Percent-encodes what a URL cannot carry as is; keeps OData's <c>$ ( ) ' , / :</c> readable.</summary>
    private static string Encode(string text)
    {
        const string Allowed = "-._~!$&'()*+,;=:@/?";
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || Allowed.Contains(c, StringComparison.Ordinal)) && c != '&' && c != '+')
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
