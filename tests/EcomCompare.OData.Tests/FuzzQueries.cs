using System.Globalization;
using System.Text;

namespace EcomCompare.OData.Tests;

/// <summary>
/// Generates malformed and hostile request targets (below <c>/odata/</c>): random token soup, mutated valid queries,
/// deep nesting, huge numbers, quotes and SQL fragments, invalid UTF-8 percent-escapes, odd paths and option names.
/// Deterministic for a seed.
/// </summary>
internal sealed class FuzzQueries(int seed)
{
    private static readonly string[] Sets = [
        "BudgetLines", "Provinces", "FundingSources", "Categories", "FundingSplits", "FundingSplitsByYear", "Discrepancies", "Nope", "budgetlines",
        "$metadata", "$batch", "", "BudgetLines/$count", "BudgetLines(1)", "BudgetLines(1)/Amount", "BudgetLines(1)/Amount/$value",
        "Provinces('can-tho')/$ref", "$entity", "BudgetLines/$count/$count", "BudgetLines(-1)", "BudgetLines(99999999999999999999)", "Provinces('')",
        "Provinces(Code='x',Code='y')", "FundingSplitsByYear(ProvinceCode='can-tho')", "FundingSplitsByYear(ProvinceCode='can-tho',Year=2022)",
        "BudgetLines(1)/Nope", "..%2F..%2Fetc%2Fpasswd", "BudgetLines%00", "Provinces('%C3%28')"];

    private static readonly string[] Properties = [
        "Id", "ProvinceCode", "Province", "Year", "SourceCode", "CategoryCode", "Category", "NativeGroup", "ItemCode", "ItemName", "Agency", "Amount",
        "IsUnitemized", "Document", "Line", "Total", "Central", "Code", "Name", "DecisionDate", "StatedTotal", "Nope", "$it", "$count", "ItemKey",
        "ProvinceOrder", "Province/Name", "A", "__k0"];

    private static readonly string[] Operators = [
        "eq", "ne", "gt", "ge", "lt", "le", "and", "or", "not", "add", "sub", "mul", "div", "mod", "in", "has", "with", "as", "desc", "asc", "-",
        "any", "all"];

    private static readonly string[] Functions = [
        "contains", "startswith", "endswith", "tolower", "toupper", "length", "trim", "indexof", "substring", "concat", "round", "floor", "ceiling",
        "year", "month", "day", "now", "cast", "isof", "geo.distance", "read_csv", "system", "pg_sleep", "sum", "count", "fractionalseconds",
        "totaloffsetminutes", "maxdatetime", "date", "time"];

    private static readonly string[] Literals =
    [
        "1", "0", "-1", "2022", "46.3", "46.3m", "1e308", "1e400", "-1e400", "99999999999999999999999999999", "79228162514264337593543950336",
        "-2147483649", "9223372036854775808",
        "0.000000000000000000000000000001", "1.7976931348623157E+309", "NaN", "INF", "-INF", "null", "true", "false", "2021-06-15", "2021-13-45",
        "2021-06-15T00:00:00Z",
        "duration'P1D'", "12:00:00", "01234567-89ab-cdef-0123-456789abcdef", "binary'AAEC'", "'can-tho'", "'Cần Thơ'", "'Sở Công Thương'", "''",
        "'''", "'it''s'", "'a'b'",
        "'x'); DROP TABLE budget_lines; --'", "'; COPY budget_lines TO ''/tmp/x'' --'", "'\\\"'", "'%27%3B'", "'" + new string('x', 300) + "'", "@p1",
        "@@", "$root/BudgetLines(1)/Amount", "[1,2]", "{}", "'\u0000'",
    ];

    private static readonly string[] Fragments =
    [
        ";", "--", "/*", "*/", "'", "\"", "(", ")", ",", "/", "$", "@", "=", "&", "%", "%%", "%2", "%ZZ", "%C3%28", "%FF%FE", "%E2%82", "%ED%A0%80",
        "%00", "%0A", "%C0%AF", "%F4%90%80%80", "%E0%80%80",
        "UNION SELECT * FROM duckdb_settings()", "' OR 1=1 --", "; ATTACH '/tmp/pwn.db'", "read_csv('/etc/passwd')", "$(reboot)", "`id`", "<script>",
        "\\", "\u2028", "ẞ", "𝔘", "Ω", "Đ", "ư",
    ];

    private static readonly string[] Options = [
        "$filter", "$select", "$orderby", "$top", "$skip", "$count", "$apply", "$skiptoken", "$format", "$expand", "$search", "$compute", "$FILTER",
        "filter", "$foo", "@p1", "$levels", "$", "$$", "$filter[]", "$id"];

    private readonly Random _random = new(seed);

    public IEnumerable<string> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    public string Next()
    {
        if (_random.Next(150) == 0)
        {
            // An over-long URL (8–64 KB): the service's own 414 JSON error, not a connection closed mid-send.
            return "BudgetLines?$filter=" + Encode("ItemName eq '" + new string('x', _random.Next(8_000, 64_000)) + "'");
        }

        if (_random.Next(12) == 0)
        {
            return Hostile();
        }

        var path = Pick(Sets);
        var options = new List<string>();
        var n = _random.Next(0, 5);
        for (var i = 0; i < n; i++)
        {
            var option = _random.Next(10) < 8 ? Pick(["$filter", "$select", "$orderby", "$top", "$skip", "$count", "$apply", "$skiptoken",
                "$format"]) : Pick(Options);
            options.Add(Encode(option) + (_random.Next(20) == 0 ? string.Empty : "=" + Value(option)));
        }

        var target = path + (options.Count > 0 || _random.Next(4) == 0 ? "?" + string.Join(_random.Next(15) == 0 ? "&&" : "&",
            options) : string.Empty);
        return _random.Next(30) == 0 ? Mutate(target) : target;
    }

    private string Value(string option) => option switch
    {
        "$filter" => Encode(Expression(0)),
        "$orderby" => Encode(
            string.Join(",", Enumerable.Range(0, _random.Next(1, 12)).Select(_ => Expression(2) + (_random.Next(2) == 0 ? " desc" : string.Empty)))),
        "$select" => Encode(
            string.Join(
                ",", Enumerable.Range(0,
                    _random.Next(0, 6)).Select(_ => Pick(Properties) is var p && _random.Next(10) == 0 ? "*" : Pick(Properties)))),
        "$top" or "$skip" => Encode(
            Pick(["0", "1", "-1", "1000", "99999999999", "9223372036854775807", "9223372036854775808", "1.5", "x", "", "1e3", "NaN"])),
        "$count" => Pick(["true", "false", "TRUE", "1", "yes", ""]),
        "$apply" => Encode(Apply()),
        "$skiptoken" => Pick([Base64Soup(), "WyJ4Il0", "W10", "bnVsbA", "", "%%%", "WyIwMDAwMDAwMDAwMDAiLCJpOjUwIl0"]),
        "$format" => Encode(
            Pick(
                [
                    "json", "xml", "atom", "application/json;odata.metadata=full", "application/json;odata.metadata=bogus", "text/csv",
                    "application/json;IEEE754Compatible=true", ""])),
        _ => Encode(Soup(_random.Next(1, 8))),
    };

    private string Expression(int depth)
    {
        if (depth > 3 || _random.Next(6) == 0)
        {
            return _random.Next(3) == 0 ? Pick(Literals) : Pick(Properties);
        }

        return _random.Next(12) switch
        {
            0 => Soup(_random.Next(1, 15)),
            1 => Nest(_random.Next(1, 200)),
            2 => $"{Pick(Functions)}({string.Join(",", Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Expression(depth + 1)))})",
            3 => $"{Pick(Properties)} in ({string.Join(",", Enumerable.Range(0, _random.Next(0, 600)).Select(_ => Pick(Literals)))})",
            4 => $"not {Expression(depth + 1)}",
            5 => string.Join(" and ", Enumerable.Range(0, _random.Next(2, 60)).Select(_ => $"{Pick(Properties)} {Pick(Operators)} {Pick(Literals)}")),
            6 => $"{Pick(Properties)} {Pick(Operators)} {Pick(Literals)} {Pick(Fragments)}",
            _ => $"{Expression(depth + 1)} {Pick(Operators)} {Expression(depth + 1)}",
        };
    }

    private string Nest(int depth) => _random.Next(4) switch
    {
        0 => new string('(', depth) + "Year eq 2022" + new string(')', depth),
        1 => string.Concat(Enumerable.Repeat("not ", depth)) + "IsUnitemized",
        2 => string.Concat(Enumerable.Repeat("tolower(", depth)) + "ItemName" + new string(')', depth) + " eq 'x'",
        _ => string.Concat(Enumerable.Repeat("-", depth)) + "Amount gt 0",
    };

    // The classes of issue 15's hostile run, grown at random: nested concats and computes that double an earlier
    // alias (text that grows to megabytes per row), arithmetic that overflows, the 'has' operator on non-flags.
    private string Hostile() => _random.Next(5) switch
    {
        0 => "BudgetLines?$apply=" + Encode($"compute({NestedConcat(_random.Next(1, 10))} as X)"),
        1 => "BudgetLines?$apply=" + Encode(
            Doubling(
                _random.Next(1, 9), Pick(["ItemName", "ProvinceCode", "Agency", "Amount"]), Pick(
                    ["concat({0},{0})", "{0} add {0}", "{0} mul {0}", "concat({0},concat({0},{0}))"])))
            + (_random.Next(2) == 0 ? "&$select=" + Pick(["Id", "X8", "X1", "X4"]) : string.Empty),
        2 => "BudgetLines?$filter=" + Encode(
            Pick(
                [
                    "Year mul 2147483647 mul 2147483647 gt 0", "Id mul 9223372036854775807 gt 0",
                    "Amount mul 99999999999999999 mul 99999999999999999 gt 0",
            "Year sub 2147483647 sub 2147483647 lt 0", "Amount div 0 gt 1", "Year div 0 eq 1", "Year mod 0 eq 1",
                    "-Year mul 2147483647 mul 2147483647 lt 0", "Amount mul 1.0e308 mul 1.0e308 gt 0",
            "Year add 2147483647 gt 0", "length(ItemName) mul 2147483647 mul 2147483647 gt 0"])),
        3 => "BudgetLines?$filter=" + Encode(
            Pick(["Year has 1", "ProvinceCode has 'can-tho'", "IsUnitemized has true", "Amount has 1.5", "Year has Year", "not (Year has 1)"])),
        _ => "BudgetLines?$apply=" + Encode($"groupby((ProvinceCode),aggregate({NestedConcat(_random.Next(1, 6))} with max as M))"),
    };

    private string NestedConcat(int depth) =>
        depth == 0 ? Pick(["ItemName", "ProvinceCode", "'x'", "Year", "Agency"]) : $"concat({NestedConcat(depth - 1)},{NestedConcat(depth - 1)})";

    private static string Doubling(int steps, string start, string shape)
    {
        var parts = new List<string> { $"compute({start} as X0)" };
        for (var i = 1; i <= steps; i++)
        {
            parts.Add(
                $"compute({string.Format(CultureInfo.InvariantCulture, shape, "X" + (i - 1).ToString(CultureInfo.InvariantCulture))} as X{i.ToString(CultureInfo.InvariantCulture)})");
        }

        return string.Join("/", parts);
    }

    private string Apply()
    {
        var steps = Enumerable.Range(0, _random.Next(1, 12)).Select(_ => _random.Next(7) switch
        {
            0 => $"filter({Expression(1)})",
            1 => $"groupby(({string.Join(",", Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Pick(Properties)))}){(_random.Next(2) == 0 ? $",aggregate({Aggregate()})" : string.Empty)})",
            2 => $"aggregate({string.Join(",", Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Aggregate()))})",
            3 => $"compute({Expression(1)} as {Pick(["A", "B", "Total", "Amount", "Year", "__k0", "Tổng", "1x", "a b"])})",
            4 => Pick(
                ["topcount(2,Amount)", "expand(Province)", "identity", "concat(identity,identity)", "search(x)", "bottomsum(1,Amount)",
                    "rollup(Year)"]),
            5 => $"groupby(({Pick(Properties)}),{Apply()})",
            _ => Soup(_random.Next(1, 10)),
        });
        return string.Join("/", steps);
    }

    private string Aggregate() => _random.Next(5) == 0
        ? "$count as " + Pick(["N", "Id", "Amount", "$count"])
        : $"{Pick(Properties)} with {Pick(["sum", "average", "min", "max", "countdistinct", "custom.agg", "median", ""])} as {Pick(["Total", "N", "Amount", "Year", "X", "Id"])}";

    private string Soup(int tokens)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens; i++)
        {
            text.Append(_random.Next(5) switch
            {
                0 => Pick(Properties),
                1 => Pick(Operators),
                2 => Pick(Literals),
                3 => Pick(Functions) + "(",
                _ => Pick(Fragments),
            }).Append(_random.Next(3) == 0 ? string.Empty : " ");
        }

        return text.ToString();
    }

    private string Base64Soup()
    {
        var bytes = new byte[_random.Next(0, 80)];
        _random.NextBytes(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    // Mostly percent-encoded like a client would, sometimes raw (the client library then escapes what it must),
    // and sometimes with percent-escapes left in that decode to invalid UTF-8.
    private string Encode(string text) => _random.Next(6) switch
    {
        0 => text,
        1 => text.Replace(" ", "%20", StringComparison.Ordinal) + Pick(["", "%C3%28", "%FF", "%E2%82", "%ED%A0%80", "%", "%2"]),
        _ => Uri.EscapeDataString(text),
    };

    private string Mutate(string target)
    {
        var chars = target.ToCharArray().ToList();
        for (var i = 0; i < _random.Next(1, 6) && chars.Count > 0; i++)
        {
            var at = _random.Next(chars.Count);
            switch (_random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Pick("()'%;,$&=/\\ ".ToCharArray()));
                    break;
                default:
                    (chars[at], chars[_random.Next(chars.Count)]) = (chars[_random.Next(chars.Count)], chars[at]);
                    break;
            }
        }

        return new string(chars.ToArray());
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public override string ToString() => seed.ToString(CultureInfo.InvariantCulture);
}
