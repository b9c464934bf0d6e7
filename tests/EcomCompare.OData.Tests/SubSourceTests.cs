using System.Text.Json;
using EcomCompare.Testing;

namespace EcomCompare.OData.Tests;

/// <summary>
/// Parts of a funding source over OData (issue 21): BudgetLines carries the source dimension's second level, so
/// Excel can group a plan's local money into provincial and district budget — in DuckDB, like every $apply.
/// </summary>
public sealed class SubSourceTests : IAsyncLifetime
{
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync(TestCube.MoreLayoutsPath);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AGroupByThePartOfTheSourceSumsEachPart()
    {
        using var json = JsonDocument.Parse(await _server.Client.GetStringAsync(
            "odata/BudgetLines?$apply=filter(ProvinceCode eq 'doi-che')/groupby((SourceCode,SubSourceCode,SubSourceVi),aggregate(Amount with sum as Amount))&$orderby=SubSourceCode"));
        var rows = json.RootElement.GetProperty("value").EnumerateArray()
            .Select(
                r => $"{r.GetProperty("SourceCode").GetString()}/{r.GetProperty("SubSourceCode").GetString()} " +
                     $"{r.GetProperty("SubSourceVi").GetString()} {r.GetProperty("Amount").GetDecimal()}")
            .ToList();
        // The fixture by hand: local 1.100 = provincial 800 + district 300; central 1.000 and enterprise 300 named as a whole.
        Assert.Equal(
            [
                "central/central Ngân sách trung ương 1000", "local/district Ngân sách cấp huyện 300",
                "enterprise/enterprise Doanh nghiệp đối ứng 300", "local/provincial Ngân sách cấp tỉnh 800"],
            rows);
    }

    [Fact]
    public async Task APartCanBeFilteredOn()
    {
        using var json = JsonDocument.Parse(await _server.Client.GetStringAsync(
            "odata/BudgetLines?$apply=filter(SubSourceCode eq 'district')/groupby((ProvinceCode,Year),aggregate(Amount with sum as Amount))&$orderby=Year"));
        Assert.Equal(["doi-che 2021 50", "doi-che 2022 250"],
            json.RootElement.GetProperty("value").EnumerateArray().Select(
                r => $"{r.GetProperty("ProvinceCode").GetString()} {r.GetProperty("Year").GetInt32()} {r.GetProperty("Amount").GetDecimal()}"));
    }
}
