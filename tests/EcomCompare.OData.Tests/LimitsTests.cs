using System.Net;

namespace EcomCompare.OData.Tests;

/// <summary>
/// The limits on what one request can make the cube build and the service send (issue 15): computed text and
/// expression size are bounded before DuckDB runs anything, and engine failures come back in the service's words.
/// </summary>
[Collection(ServerCollection.Name)]
public class LimitsTests(ODataServer server)
{
    [Fact]
    public async Task SevenNestedConcatsAreRefusedWithTheLimitAndHowToStayUnderIt()
    {
        // The request: 2^7 = 128 names of up to 1000 characters each, 667 KB for one page before the limit.
        using var response = await Http.GetAsync(server.Client, "odata/BudgetLines?$apply=" + Uri.EscapeDataString($"compute({Nested(7)} as X)"));
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("$apply", error.GetProperty("target").GetString());
        Assert.Equal(
            "$apply: this concat can produce text of up to 128000 characters; at most 8192 are allowed (each text property counts as up to 1000 characters, a number as 48, a literal as its length, and concat adds up its arguments). Concatenate fewer values, or cut them with substring(…, start, length).",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ComputesThatEachDoubleAnEarlierAliasAreRefusedOnceTheTextCouldPassTheLimit()
    {
        // ItemName → 1000, A1 → 2000, … A4 → 16000 characters: the fourth doubling passes 8192.
        var apply =
            "compute(ItemName as A0)/compute(concat(A0,A0) as A1)/compute(concat(A1,A1) as A2)/compute(concat(A2,A2) as A3)/compute(concat(A3,A3) as A4)";
        using var response = await Http.GetAsync(server.Client, "odata/BudgetLines?$apply=" + Uri.EscapeDataString(apply) + "&$select=Id");
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith(
            "$apply: this concat can produce text of up to 16000 characters; at most 8192", error.GetProperty("message").GetString(),
            StringComparison.Ordinal);

        // Three doublings (8000 characters) are within the limit and computed by DuckDB as asked.
        var within = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=" + Uri.EscapeDataString(
                "filter(Id eq 1)/compute(ProvinceCode as A0)/compute(concat(A0,A0) as A1)/compute(concat(A1,A1) as A2)/compute(concat(A2,A2) as A3)")
                    + "&$select=A3");
        Assert.Equal(string.Concat(Enumerable.Repeat("binh-dinh", 8)), within.GetProperty("value")[0].GetProperty("A3").GetString());
    }

    [Fact]
    public async Task ArithmeticThatDoublesAnEarlierAliasIsRefusedByItsSizeWrittenOut()
    {
        // Short in the URL, but each step repeats the previous one four times: 4^6 copies of Amount in the SQL.
        var steps = new List<string> { "compute(Amount as B0)" };
        for (var i = 1; i <= 6; i++)
        {
            steps.Add($"compute(B{i - 1} add B{i - 1} add B{i - 1} add B{i - 1} as B{i})");
        }

        using var response = await Http.GetAsync(
            server.Client, "odata/BudgetLines?$apply=" + Uri.EscapeDataString(string.Join("/", steps)) + "&$select=Id");
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            "$apply: the expression has more than 4096 parts once the computed names it uses are written out. Use fewer terms, or refer less often to computed names that themselves repeat others.",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ManyComputedNamesThatEachRepeatALargeOneAreRefusedTogether()
    {
        // B5 is 4^5 = 1024 copies of Amount (2047 parts: within the per-expression limit); ten names of it are not.
        var steps = new List<string> { "compute(Amount as B0)" };
        for (var i = 1; i <= 5; i++)
        {
            steps.Add($"compute(B{i - 1} add B{i - 1} add B{i - 1} add B{i - 1} as B{i})");
        }

        var one = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=" + Uri.EscapeDataString(string.Join("/", steps)) + "&$select=Id,Amount,B5&$filter=Id eq 1");
        var row = one.GetProperty("value")[0];
        Assert.Equal(row.GetProperty("Amount").GetDecimal() * 1024, row.GetProperty("B5").GetDecimal());

        steps.Add("compute(" + string.Join(",", Enumerable.Range(1, 10).Select(i => $"B5 as C{i}")) + ")");
        using var response = await Http.GetAsync(server.Client, "odata/BudgetLines?$apply=" + Uri.EscapeDataString(string.Join("/", steps)));
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            "The query has more than 16384 parts in all once the computed names it uses are written out. Select fewer computed names, or compute fewer values that repeat others.",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnOverflowIsAnsweredInTheServicesWordsWithoutTheEnginesTypeNames()
    {
        using var response = await Http.GetAsync(
            server.Client, "odata/BudgetLines?$filter=" + Uri.EscapeDataString("Year mul 2147483647 mul 2147483647 gt 0"));
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            "The query cannot be evaluated on the cube's values: a number went out of range — an arithmetic result (e.g. a product of large numbers) is too large for its type.",
            error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("Year has 1")]
    [InlineData("ProvinceCode has 'can-tho'")]
    public async Task HasIsExplainedInsteadOfTheParsersInternalError(string filter)
    {
        using var response = await Http.GetAsync(server.Client, "odata/BudgetLines?$filter=" + Uri.EscapeDataString(filter));
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            "$filter: an operator does not fit its operands. The 'has' operator tests enumeration flags, and this service has no enumeration properties; compare with eq, ne, gt, ge, lt or le, or use 'in (…)'.",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task TheLongestTextInTheCubeIsWithinTheBoundAssumedForAProperty()
    {
        // The compute bound takes every text property as at most 1000 characters: true of the real cube.
        var longest = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=" + Uri.EscapeDataString("compute(length(ItemName) as L)/aggregate(L with max as M)"));
        var m = longest.GetProperty("value")[0].GetProperty("M").GetInt32();
        Assert.InRange(m, 100, new ODataServiceOptions().MaxPropertyTextLength);
    }

    private static string Nested(int depth) => depth == 0 ? "ItemName" : $"concat({Nested(depth - 1)},{Nested(depth - 1)})";
}
