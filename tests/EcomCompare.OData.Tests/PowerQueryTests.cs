using System.Net;
using System.Text;

namespace EcomCompare.OData.Tests;

/// <summary>What Excel's Power Query sends and expects: its Accept list, one OData-Version header, plain context URLs.</summary>
[Collection(ServerCollection.Name)]
public class PowerQueryTests(ODataServer server)
{
    [Theory]
    [InlineData("odata/")]
    [InlineData("odata/BudgetLines?$top=3")]
    [InlineData("odata/Provinces('can-tho')")]
    [InlineData("odata/BudgetLines/$count")]
    [InlineData("odata/$metadata")]
    [InlineData("odata/BudgetLines?$filter=Nope eq 1")]
    public async Task TheODataVersionHeaderIsSentExactlyOnce(string target)
    {
        using var response = await Http.GetAsync(server.Client, target);
        Assert.Equal(["4.0"], response.Headers.GetValues("OData-Version"));
    }

    [Fact]
    public async Task PowerQuerysAcceptListGetsJsonWithMinimalMetadata()
    {
        using var response = await Http.GetAsync(server.Client, "odata/BudgetLines?$top=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var type = response.Content.Headers.ContentType!;
        Assert.Equal("application/json", type.MediaType);
        Assert.Contains(type.Parameters, p => p.Name == "odata.metadata" && p.Value == "minimal");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("@odata.type", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@odata.id", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullAndNoneMetadataAreServedOnRequest()
    {
        var full = await Http.JsonAsync(server.Client, "odata/BudgetLines?$top=1&$select=Amount", "application/json;odata.metadata=full");
        var row = full.GetProperty("value")[0];
        Assert.Equal("#EcomCompare.BudgetLine", row.GetProperty("@odata.type").GetString());
        Assert.EndsWith("/odata/BudgetLines(1)", row.GetProperty("@odata.id").GetString(), StringComparison.Ordinal);
        Assert.Equal("#Decimal", row.GetProperty("Amount@odata.type").GetString());

        var none = await Http.JsonAsync(server.Client, "odata/BudgetLines?$top=1&$select=Amount", "application/json;odata.metadata=none");
        Assert.False(none.TryGetProperty("@odata.context", out _));
        Assert.Equal(40m, none.GetProperty("value")[0].GetProperty("Amount").GetDecimal());

        var grouped = await Http.JsonAsync(server.Client, "odata/BudgetLines?$apply=groupby((Year))&$top=1", "application/json;odata.metadata=full");
        Assert.Equal(2021, grouped.GetProperty("value")[0].GetProperty("Year").GetInt32());
    }

    [Fact]
    public async Task DecimalsAreNumbersUnlessTheClientAsksForIeee754Compatibility()
    {
        var numbers = await server.Client.GetStringAsync("odata/Provinces('can-tho')?$select=Code,StatedTotal");
        Assert.Contains("\"StatedTotal\":5241.5", numbers, StringComparison.Ordinal);

        var strings = await Http.JsonAsync(
            server.Client, "odata/BudgetLines(283)?$select=Id,Amount", "application/json;odata.metadata=minimal;IEEE754Compatible=true");
        Assert.Equal("46.3", strings.GetProperty("Amount").GetString());
        Assert.Equal("283", strings.GetProperty("Id").GetString());
    }

    [Fact]
    public async Task VietnameseTravelsAsPlainUtf8()
    {
        using var response = await Http.GetAsync(server.Client, "odata/Provinces('can-tho')");
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"Name\":\"Cần Thơ\"", text, StringComparison.Ordinal);
        Assert.Contains("Cần Thơ (mới: Cần Thơ, Sóc Trăng, Hậu Giang)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormatJsonOverridesAnAcceptThatWouldNotGetJson()
    {
        using var refused = await Http.GetAsync(server.Client, "odata/BudgetLines?$top=1", "application/atom+xml");
        await Http.ErrorAsync(refused, HttpStatusCode.NotAcceptable);
        var json = await Http.JsonAsync(server.Client, "odata/BudgetLines?$top=1&$format=json", "application/atom+xml");
        Assert.Equal(1, json.GetProperty("value").GetArrayLength());
        var full = await Http.JsonAsync(server.Client, "odata/BudgetLines?$top=1&$format=application/json;odata.metadata=full", null);
        Assert.True(full.GetProperty("value")[0].TryGetProperty("@odata.type", out _));
    }

    [Theory]
    [InlineData("odata/BudgetLines?$top=1", "$metadata#BudgetLines")]
    [InlineData("odata/BudgetLines?$select=ProvinceCode,Amount&$top=1", "$metadata#BudgetLines(ProvinceCode,Amount)")]
    [InlineData("odata/BudgetLines?$apply=groupby((ProvinceCode),aggregate(Amount with sum as Total))", "$metadata#BudgetLines(ProvinceCode,Total)")]
    [InlineData("odata/BudgetLines?$apply=compute(Amount mul 1000 as Vnd)/aggregate(Vnd with sum as Total)", "$metadata#BudgetLines(Total)")]
    [InlineData("odata/BudgetLines?$apply=groupby((Year),aggregate(Amount with sum as Total))&$select=Total", "$metadata#BudgetLines(Total)")]
    [InlineData("odata/Provinces('can-tho')?$select=Name", "$metadata#Provinces(Name)/$entity")]
    [InlineData("odata/BudgetLines(42)/Amount", "$metadata#BudgetLines(42)/Amount")]
    [InlineData("odata/FundingSplits", "$metadata#FundingSplits")]
    [InlineData("odata/FundingSplitsByYear?$filter=Year eq 2022", "$metadata#FundingSplitsByYear")]
    public async Task ContextUrlsArePlain(string target, string context)
    {
        var page = await Http.JsonAsync(server.Client, target);
        Assert.Equal(server.Server.BaseAddress + "odata/" + context, page.GetProperty("@odata.context").GetString());
        if (page.TryGetProperty("value",
            out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Array && context.Contains('(', StringComparison.Ordinal))
        {
            // Exactly the properties the context names, nothing else.
            var named = context[(context.IndexOf('(', StringComparison.Ordinal) + 1)..context.IndexOf(')', StringComparison.Ordinal)].Split(',');
            Assert.All(value.EnumerateArray(), row => Assert.Equal(named, row.EnumerateObject().Select(p => p.Name)));
        }
    }

    [Fact]
    public async Task QueryOptionsPowerQueryFoldsRunOnTheServer()
    {
        // Power Query folds $filter/$select/$orderby/$top/$skip/$count into the URL; the answer must already be cut.
        const string filter = "$filter=ProvinceCode%20eq%20%27thai-binh%27%20and%20SourceCode%20eq%20%27enterprise%27";
        var all = (await Http.JsonAsync(server.Client, $"odata/BudgetLines?{filter}&$select=Amount")).GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(270m, all.Sum(r => r.GetProperty("Amount").GetDecimal())); // Thái Bình's enterprise co-financing
        var page = await Http.JsonAsync(
            server.Client, $"odata/BudgetLines?{filter}&$select=Year,Amount&$orderby=Amount%20desc,Year&$top=2&$skip=1&$count=true");
        Assert.Equal(all.Count, page.GetProperty("@odata.count").GetInt32());
        var rows = page.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(["Year", "Amount"], r.EnumerateObject().Select(p => p.Name)));
        Assert.True(rows[0].GetProperty("Amount").GetDecimal() >= rows[1].GetProperty("Amount").GetDecimal());
    }
}
