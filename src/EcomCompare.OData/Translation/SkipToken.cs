using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EcomCompare.Cube.Sql;
using EcomCompare.OData.Query;

namespace EcomCompare.OData.Translation;

/// <summary>
/// The <c>$skiptoken</c> of a next link: the order-key values of the last row of a page (a keyset, not an offset),
/// so the next page starts exactly after that row however many requests run in between and even after the cube is
/// rebuilt. Carries a fingerprint of the order it belongs to; a token from another query is refused.
/// Format: base64url of a JSON array <c>[fingerprint, value…]</c>, each value tagged with its type
/// (<c>"i:42"</c>, <c>"m:46.300"</c>, <c>"s:can-tho"</c>, <c>"f:0.5"</c>, <c>"b:true"</c>, <c>"t:2021-06-15"</c>, null).
/// </summary>
internal static class SkipToken
{
    /// <summary>A short hash of the order keys (their SQL and parameters) and the FROM they read.</summary>
    public static string Fingerprint(IReadOnlyList<BoundOrder> orders, SqlFrom from)
    {
        var statement = SqlRenderer.Render(new SqlSelect
        {
            Items = orders.Select((o, i) => new SqlSelectItem(o.Expr, string.Create(CultureInfo.InvariantCulture, $"k{i}"))).ToList(),
            From = from,
            OrderBy = orders.Select(o => new SqlOrder(o.Expr, o.Descending)).ToList(),
        });
        var text = new StringBuilder(statement.Text);
        foreach (var parameter in statement.Parameters)
        {
            text.Append('\u001f').Append(Tag(parameter));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }

    public static string Encode(string fingerprint, IReadOnlyList<object?> values)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { fingerprint }.Concat(values.Select(Tag)).ToArray());
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <exception cref="ODataServiceException">400 when the token is malformed or belongs to another query.</exception>
    public static IReadOnlyList<object?> Decode(string token, string fingerprint, int count)
    {
        string?[]? parts;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            parts = JsonSerializer.Deserialize<string?[]>(Convert.FromBase64String(base64));
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            throw Invalid();
        }

        if (parts is null || parts.Length != count + 1 || parts[0] != fingerprint)
        {
            throw Invalid();
        }

        return parts.Skip(1).Select(Untag).ToList();
    }

    private static string? Tag(object? value) => value switch
    {
        null or DBNull => null,
        string s => "s:" + s,
        bool b => b ? "b:true" : "b:false",
        int or long or short or byte or sbyte => "i:" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        Int128 big => "i:" + big.ToString(CultureInfo.InvariantCulture),
        decimal m => "m:" + m.ToString(CultureInfo.InvariantCulture),
        double d => "f:" + d.ToString("R", CultureInfo.InvariantCulture),
        float f => "f:" + ((double)f).ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => "t:" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "s:" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static object? Untag(string? tagged)
    {
        if (tagged is null)
        {
            return null;
        }

        if (tagged.Length < 2 || tagged[1] != ':')
        {
            throw Invalid();
        }

        var text = tagged[2..];
        try
        {
            return tagged[0] switch
            {
                's' => text,
                'b' => bool.Parse(text),
                'i' => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                'm' => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
                'f' => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                't' => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => throw Invalid(),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw Invalid();
        }
    }

    private static ODataServiceException Invalid() =>
        ODataServiceException.BadRequest("The $skiptoken is not valid for this query: follow @odata.nextLink as given.", "$skiptoken");
}
