using System.Net;
using System.Text.Json;
using EcomCompare.Testing;

namespace EcomCompare.OData.Tests;

/// <summary>
/// A plan whose budget table gives no year split (issue 13) over OData: its lines carry <c>Year: null</c> (the
/// property is nullable in $metadata), <c>FundingSplits</c> says how much has no year split, and its "other" money
/// is a column of its own so the shares add up.
/// </summary>
public sealed class WholePeriodTests : IAsyncLifetime
{
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync(TestCube.WholePeriodPath);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task WholePeriodLinesHaveNoYearAndTheSplitsSayHowMuch()
    {
        using var lines =
            await Json("odata/BudgetLines?$apply=filter(ProvinceCode eq 'nui-do' and Year eq null)/aggregate(Amount with sum as Total)");
        Assert.Equal(5200m, lines.RootElement.GetProperty("value")[0].GetProperty("Total").GetDecimal());

        using var dated = await Json("odata/BudgetLines/$count?$filter=ProvinceCode eq 'nui-do' and Year ne null");
        Assert.Equal(0, dated.RootElement.GetInt32());

        using var split = await Json("odata/FundingSplits('nui-do')");
        var row = split.RootElement;
        Assert.Equal((1700m, 2000m, 1300m, 200m, 5200m, 5200m),
            (row.GetProperty("Central").GetDecimal(), row.GetProperty("Local").GetDecimal(), row.GetProperty("Enterprise").GetDecimal(),
             row.GetProperty("Other").GetDecimal(), row.GetProperty("Total").GetDecimal(), row.GetProperty("NoYearSplit").GetDecimal()));

        // Per year it has nothing: the money is in the period's figures only.
        using var byYear = await Json("odata/FundingSplitsByYear?$apply=filter(ProvinceCode eq 'nui-do')/aggregate(Total with sum as Total)");
        Assert.Equal(0m, byYear.RootElement.GetProperty("value")[0].GetProperty("Total").GetDecimal());
    }

    private async Task<JsonDocument> Json(string path)
    {
        using var response = await _server.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }
}
